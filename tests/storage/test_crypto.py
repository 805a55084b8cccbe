"""Field encryption, recovery keys, key wrapping and key separation (DESIGN.md section 3)."""

from __future__ import annotations

import re

import pytest

from caseapp.storage.crypto import (
    FIELD_VERSION,
    NONCE_BYTES,
    TAG_BYTES,
    DataKeys,
    DecryptionFailed,
    FieldCipher,
    is_field_ciphertext,
    new_data_key,
    new_recovery_key,
    recovery_key_bytes,
    recovery_wrapping_key,
    subkey,
    unwrap_key,
    wrap_key,
)

KAZAKH_NAME = "Әйгерім Қасымова"
OVERHEAD = 1 + NONCE_BYTES + TAG_BYTES  # version byte, nonce, GCM tag


@pytest.fixture
def cipher() -> FieldCipher:
    return FieldCipher(new_data_key())


# --- FieldCipher -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "a",
        "\0",
        "ends with a zero byte\0",
        "x" * 15,
        "x" * 16,
        KAZAKH_NAME,
        "Жанар / Zhanar / Janar, тел. +7 701 123 45 67",
        "long narrative " * 2000,
        "emoji 🙂 and tabs\tand\nnewlines",
    ],
)
def test_seal_then_open_gives_back_the_text(cipher: FieldCipher, text: str) -> None:
    blob = cipher.seal("client", "full_name", "row1", text)
    assert cipher.open("client", "full_name", "row1", blob) == text


def test_ciphertext_does_not_contain_the_plaintext(cipher: FieldCipher) -> None:
    blob = cipher.seal("client", "full_name", "row1", KAZAKH_NAME)
    assert KAZAKH_NAME.encode() not in blob
    assert "Қасымова".encode() not in blob
    assert blob[0] == FIELD_VERSION


def test_two_seals_of_the_same_text_differ(cipher: FieldCipher) -> None:
    first = cipher.seal("client", "full_name", "row1", KAZAKH_NAME)
    second = cipher.seal("client", "full_name", "row1", KAZAKH_NAME)
    assert first != second
    assert first[1 : 1 + NONCE_BYTES] != second[1 : 1 + NONCE_BYTES]  # a fresh nonce each time
    assert cipher.open("client", "full_name", "row1", first) == KAZAKH_NAME
    assert cipher.open("client", "full_name", "row1", second) == KAZAKH_NAME


def test_length_is_padded_to_sixteen_bytes(cipher: FieldCipher) -> None:
    def size(text: str) -> int:
        return len(cipher.seal("client", "full_name", "r", text))

    # 0..15 UTF-8 bytes plus the padding marker fit one block: all give the same length.
    assert {size("x" * n) for n in range(16)} == {OVERHEAD + 16}
    assert size("x" * 16) == OVERHEAD + 32
    assert {size("x" * n) for n in range(16, 32)} == {OVERHEAD + 32}
    # Names of different lengths are indistinguishable when they share a block.
    assert size("Ерлан") == size("Әйгерім")
    for n in range(0, 100, 7):
        assert (size("y" * n) - OVERHEAD) % 16 == 0


@pytest.mark.parametrize(
    ("table", "column", "row_id"),
    [
        ("client", "full_name", "row2"),  # another row
        ("client", "alias", "row1"),  # another column of the same row
        ("perpetrator", "full_name", "row1"),  # another table
        ("client", "full_name", "row1 "),
        ("client", "full_name", ""),
    ],
)
def test_ciphertext_is_bound_to_table_column_and_row(
    cipher: FieldCipher, table: str, column: str, row_id: str
) -> None:
    blob = cipher.seal("client", "full_name", "row1", KAZAKH_NAME)
    with pytest.raises(DecryptionFailed):
        cipher.open(table, column, row_id, blob)


def test_associated_data_parts_cannot_be_shifted(cipher: FieldCipher) -> None:
    """'a'+'bc' and 'ab'+'c' must not give the same binding."""
    blob = cipher.seal("client", "ab", "c", "secret")
    with pytest.raises(DecryptionFailed):
        cipher.open("client", "a", "bc", blob)


def test_another_key_cannot_open(cipher: FieldCipher) -> None:
    blob = cipher.seal("client", "full_name", "row1", KAZAKH_NAME)
    with pytest.raises(DecryptionFailed):
        FieldCipher(new_data_key()).open("client", "full_name", "row1", blob)


def test_every_flipped_byte_is_detected(cipher: FieldCipher) -> None:
    blob = cipher.seal("client", "full_name", "row1", KAZAKH_NAME)
    for i in range(len(blob)):
        for mask in (0x01, 0x80):
            damaged = bytearray(blob)
            damaged[i] ^= mask
            with pytest.raises(DecryptionFailed):
                cipher.open("client", "full_name", "row1", bytes(damaged))


@pytest.mark.parametrize("keep", [0, 1, 13, OVERHEAD, OVERHEAD + 15, -1, -16, -17])
def test_truncated_blob_fails(cipher: FieldCipher, keep: int) -> None:
    blob = cipher.seal("client", "notes", "row1", "some longer note " * 3)
    with pytest.raises(DecryptionFailed):
        cipher.open("client", "notes", "row1", blob[:keep])


def test_appended_bytes_fail(cipher: FieldCipher) -> None:
    blob = cipher.seal("client", "notes", "row1", "note")
    with pytest.raises(DecryptionFailed):
        cipher.open("client", "notes", "row1", blob + b"\0" * 16)


@pytest.mark.parametrize("version", [0, 2, 0xFF])
def test_unknown_version_byte_fails(cipher: FieldCipher, version: int) -> None:
    blob = cipher.seal("client", "full_name", "row1", KAZAKH_NAME)
    with pytest.raises(DecryptionFailed):
        cipher.open("client", "full_name", "row1", bytes([version]) + blob[1:])


def test_plaintext_bytes_are_not_accepted_as_ciphertext(cipher: FieldCipher) -> None:
    with pytest.raises(DecryptionFailed):
        cipher.open("client", "full_name", "row1", KAZAKH_NAME.encode() * 4)


def test_every_sealed_field_has_the_ciphertext_shape(cipher: FieldCipher) -> None:
    for n in (0, 1, 15, 16, 100):
        assert is_field_ciphertext(cipher.seal("client", "notes", "r", "x" * n))
    blob = cipher.seal("client", "notes", "r", KAZAKH_NAME)
    for not_sealed in (
        None,
        "text",
        b"",
        KAZAKH_NAME.encode(),
        b"\x01" + KAZAKH_NAME.encode(),
        blob[:-1],
        bytes([2]) + blob[1:],
    ):
        assert not is_field_ciphertext(not_sealed), not_sealed


# --- Recovery keys ---------------------------------------------------------------------------

CROCKFORD_GROUPS = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$")


def test_recovery_key_is_eight_groups_of_four_crockford_characters() -> None:
    keys = {new_recovery_key() for _ in range(50)}
    assert len(keys) == 50  # random
    for key in keys:
        assert CROCKFORD_GROUPS.match(key), key
        assert not set(key) & set("ILOU")  # no look-alikes and no U
        raw = recovery_key_bytes(key)
        assert raw is not None and len(raw) == 20  # 160 bits


def test_recovery_key_decoding_forgives_case_spaces_and_dashes() -> None:
    key = new_recovery_key()
    raw = recovery_key_bytes(key)
    variants = [
        key.lower(),
        key.replace("-", " "),
        key.replace("-", ""),
        key.lower().replace("-", "  "),
        f"  {key}\n",
        " ".join(key.replace("-", "")),
    ]
    for variant in variants:
        assert recovery_key_bytes(variant) == raw, variant


def test_recovery_key_decoding_maps_look_alikes() -> None:
    key = "0111-0000-1111-ABCD-EFGH-JKMN-PQRS-TVWX"
    raw = recovery_key_bytes(key)
    assert raw is not None
    assert recovery_key_bytes("OIL1-oOoO-iIlL-abcd-efgh-jkmn-pqrs-tvwx") == raw


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ABCD-EFGH",  # too short
        "0111-0000-1111-ABCD-EFGH-JKMN-PQRS-TVWX-Y",  # too long
        "UUUU-0000-1111-ABCD-EFGH-JKMN-PQRS-TVWX",  # U is not Crockford
        "АВСD-0000-1111-ABCD-EFGH-JKMN-PQRS-TVWX",  # Cyrillic look-alikes
    ],
)
def test_malformed_recovery_key_is_refused(text: str) -> None:
    assert recovery_key_bytes(text) is None


# --- Key wrapping ----------------------------------------------------------------------------


def test_wrap_then_unwrap_gives_back_the_key() -> None:
    wrapping, data_key = new_data_key(), new_data_key()
    wrapped = wrap_key(wrapping, data_key, b"password\0staff1")
    assert data_key not in wrapped
    assert unwrap_key(wrapping, wrapped, b"password\0staff1") == data_key


def test_unwrap_with_wrong_key_or_context_fails() -> None:
    wrapping, data_key = new_data_key(), new_data_key()
    wrapped = wrap_key(wrapping, data_key, b"password\0staff1")
    with pytest.raises(DecryptionFailed):
        unwrap_key(new_data_key(), wrapped, b"password\0staff1")
    with pytest.raises(DecryptionFailed):
        unwrap_key(wrapping, wrapped, b"password\0staff2")  # another account's wrap
    with pytest.raises(DecryptionFailed):
        unwrap_key(wrapping, wrapped[:-1], b"password\0staff1")
    with pytest.raises(DecryptionFailed):
        unwrap_key(wrapping, b"", b"password\0staff1")
    with pytest.raises(DecryptionFailed):
        unwrap_key(wrapping, wrapped[:5], b"password\0staff1")


def test_recovery_wrapping_key_needs_the_exact_recovery_key() -> None:
    data_key = new_data_key()
    key = new_recovery_key()
    raw = recovery_key_bytes(key)
    assert raw is not None
    wrapped = wrap_key(recovery_wrapping_key(raw), data_key, b"recovery\0")
    assert unwrap_key(recovery_wrapping_key(raw), wrapped, b"recovery\0") == data_key
    other = recovery_key_bytes(new_recovery_key())
    assert other is not None
    with pytest.raises(DecryptionFailed):
        unwrap_key(recovery_wrapping_key(other), wrapped, b"recovery\0")


# --- DataKeys --------------------------------------------------------------------------------


def test_data_keys_repr_hides_the_keys() -> None:
    data_key = new_data_key()
    keys = DataKeys.from_data_key(data_key)
    for shown in (repr(keys), str(keys), f"{keys}", f"{keys!r}"):
        assert shown == "DataKeys(<hidden>)"
        for secret in (data_key, keys.index_key, keys.audit_key):
            assert secret.hex() not in shown
            assert repr(secret) not in shown


def test_sub_keys_for_fields_index_and_audit_differ() -> None:
    data_key = new_data_key()
    keys = DataKeys.from_data_key(data_key)
    field_key = subkey(data_key, "caseapp fields/1")
    assert len({data_key, field_key, keys.index_key, keys.audit_key}) == 4
    assert all(len(k) == 32 for k in (field_key, keys.index_key, keys.audit_key))
    # The field cipher uses the derived field key, not the data key or another sub-key.
    blob = keys.field.seal("client", "full_name", "r", KAZAKH_NAME)
    assert FieldCipher(field_key).open("client", "full_name", "r", blob) == KAZAKH_NAME
    for wrong in (data_key, keys.index_key, keys.audit_key):
        with pytest.raises(DecryptionFailed):
            FieldCipher(wrong).open("client", "full_name", "r", blob)


def test_sub_keys_are_deterministic_per_data_key() -> None:
    data_key = new_data_key()
    a, b = DataKeys.from_data_key(data_key), DataKeys.from_data_key(data_key)
    assert (a.index_key, a.audit_key) == (b.index_key, b.audit_key)
    blob = a.field.seal("client", "iin", "r", "900101400123")
    assert b.field.open("client", "iin", "r", blob) == "900101400123"
    other = DataKeys.from_data_key(new_data_key())
    assert other.index_key != a.index_key and other.audit_key != a.audit_key
