"""The "Today" page: the day's reminders, what each means, and what to do about it."""
