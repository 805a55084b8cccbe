"""Pure rules and record types: no Qt, no SQL, no I/O."""
