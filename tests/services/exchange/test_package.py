"""The exchange package file: what a receiver relies on before a byte of it is merged."""

from __future__ import annotations

import errno
import json
import os
import unicodedata
import zlib
from pathlib import Path

import pytest

from flevodesk.services.errors import ServiceError
from flevodesk.services.exchange import package
from flevodesk.services.exchange.package import KdfCost, PackageError

# The real cost takes a quarter second a derivation; the flip and cut tests derive
# hundreds of keys, so they seal with the cheapest cost Argon2id allows. The reader takes
# whatever the header says, so the code path is the same.
CHEAP = KdfCost(memory_kib=8, iterations=1, lanes=1)
PASSPHRASE = "Repair Café Dronten 2026"
HEADER: dict[str, object] = {
    "schema_revision": "0011",
    "sender_site": "01970f6e-3c1a-7b2e-9d4f-5a6b7c8d9e0f",
    "sender_name": "Laptop Repair Café Dronten",
    "package_number": 7,
}
PAYLOAD = json.dumps(
    {"persons": [{"uuid": f"p-{n}", "name": f"Vrijwilliger {n}"} for n in range(20)]}
).encode()


def sealed(payload: bytes = PAYLOAD, cost: KdfCost = CHEAP) -> bytes:
    return package.seal(HEADER, payload, PASSPHRASE, cost=cost)


def refusal(data: bytes, passphrase: str = PASSPHRASE) -> str:
    with pytest.raises(PackageError) as caught:
        package.unseal(data, passphrase, name="dronten-7.fdpakket")
    message = caught.value.message
    assert "\n" not in message and "Traceback" not in message
    return message


def test_round_trip_with_the_real_cost_gives_back_header_and_payload() -> None:
    data = sealed(cost=package.DEFAULT_COST)
    header, payload = package.unseal(data, PASSPHRASE)
    assert payload == PAYLOAD
    assert {key: header[key] for key in HEADER} == HEADER
    assert header["kdf"] == {
        "name": "argon2id",
        "memory_kib": package.DEFAULT_COST.memory_kib,
        "iterations": package.DEFAULT_COST.iterations,
        "lanes": package.DEFAULT_COST.lanes,
        "salt": header["kdf"]["salt"],  # type: ignore[index]
    }


def test_the_payload_is_not_readable_in_the_file() -> None:
    data = sealed()
    assert b"Vrijwilliger" not in data
    assert zlib.compress(PAYLOAD, 6) not in data


def test_two_packages_of_the_same_content_share_no_salt_nonce_or_ciphertext() -> None:
    first, second = sealed(), sealed()
    head_1, head_2 = package.read_header(first), package.read_header(second)
    assert head_1["kdf"]["salt"] != head_2["kdf"]["salt"]  # type: ignore[index]
    assert head_1["cipher"]["nonce"] != head_2["cipher"]["nonce"]  # type: ignore[index]
    assert first.split(b"\n", 2)[2] != second.split(b"\n", 2)[2]


def test_the_header_is_readable_without_the_passphrase_and_as_text() -> None:
    data = sealed()
    header = package.read_header(data)
    assert {key: header[key] for key in HEADER} == HEADER
    assert header["format"] == package.FORMAT_VERSION
    first_line, header_line, _ = data.split(b"\n", 2)
    assert first_line == b"FlevoDesk-pakket 1"
    assert json.loads(header_line)["sender_name"] == "Laptop Repair Café Dronten"


def test_every_single_byte_flip_anywhere_in_the_file_is_refused() -> None:
    data = sealed()
    for position in range(len(data)):
        for mask in (0x01, 0x80):
            changed = bytearray(data)
            changed[position] ^= mask
            refusal(bytes(changed))


def test_a_flip_in_the_body_is_named_as_a_wrong_passphrase_or_a_changed_file() -> None:
    data = sealed()
    body_start = data.index(b"\n", data.index(b"\n") + 1) + 1
    for position in (body_start, body_start + 5, len(data) - 17, len(data) - 1):
        changed = bytearray(data)
        changed[position] ^= 0x20
        message = refusal(bytes(changed))
        assert "wachtzin is onjuist of het bestand is na het maken veranderd" in message


def test_a_changed_header_value_that_still_parses_is_refused_by_the_check() -> None:
    data = sealed()
    forged = data.replace(b'"package_number":7', b'"package_number":8')
    assert forged != data and package.read_header(forged)["package_number"] == 8
    assert "wachtzin is onjuist of het bestand is na het maken veranderd" in refusal(forged)


def test_a_file_cut_at_any_length_is_refused_as_incomplete() -> None:
    data = sealed()
    assert refusal(b"") == "Het pakket dronten-7.fdpakket is leeg."
    for length in range(1, len(data)):
        message = refusal(data[:length])
        assert message.startswith("Het pakket dronten-7.fdpakket is onvolledig"), length


def test_bytes_appended_to_a_package_are_refused() -> None:
    message = refusal(sealed() + b"\x00")
    assert "na het maken veranderd (er staan gegevens achter het pakket)" in message


def test_a_wrong_passphrase_is_refused_and_says_it_cannot_tell_it_from_a_change() -> None:
    message = refusal(sealed(), "Repair Cafe Dronten 2026")
    assert message == (
        "Het pakket dronten-7.fdpakket kan niet worden geopend: de wachtzin is onjuist of "
        "het bestand is na het maken veranderd (die twee zijn niet van elkaar te "
        "onderscheiden); er is niets ingelezen."
    )


def test_a_passphrase_typed_decomposed_opens_a_package_sealed_composed() -> None:
    data = sealed()
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)
    assert decomposed != PASSPHRASE
    assert package.unseal(data, decomposed)[1] == PAYLOAD


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"SQLite format 3\x00" + bytes(100),
        b"naam;e-mail\nAnna;anna@example.nl\n",
        b"FlevoDesk-pakket x\n{}\n",
        b"FlevoDesk-pakket 01\n{}\n",
    ],
)
def test_a_file_that_is_no_package_is_named_so(data: bytes) -> None:
    assert refusal(data) == "Het pakket dronten-7.fdpakket is geen FlevoDesk-uitwisselpakket."


def test_a_package_of_a_newer_format_is_refused_with_the_advice_to_update() -> None:
    newer = sealed().replace(b"FlevoDesk-pakket 1\n", b"FlevoDesk-pakket 2\n", 1)
    with pytest.raises(PackageError, match="nieuwere FlevoDesk \\(pakketformaat 2\\)"):
        package.read_header(newer)
    assert "werk FlevoDesk bij" in refusal(newer)


def rewritten(data: bytes, change: dict[str, object]) -> bytes:
    first, line, body = data.split(b"\n", 2)
    header = json.loads(line)
    for key, value in change.items():
        section, field = key.split(".")
        header[section][field] = value
    return first + b"\n" + json.dumps(header).encode() + b"\n" + body


@pytest.mark.parametrize(
    "change",
    [
        {"kdf.memory_kib": 64 * 1024 * 1024},  # 64 GiB: refused before any derivation
        {"kdf.iterations": 10_000},
        {"kdf.lanes": 0},
        {"kdf.name": "pbkdf2"},
        {"cipher.name": "none"},
        {"cipher.nonce": "kort"},
        {"compression.size": -1},
        {"kdf.salt": 5},
    ],
)
def test_a_header_asking_what_no_sealer_writes_is_refused_as_damaged(
    change: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = rewritten(sealed(), change)

    def no_derivation(*_: object) -> bytes:
        raise AssertionError("a key was derived for a damaged header")

    monkeypatch.setattr(package, "_key", no_derivation)
    message = refusal(damaged)
    assert message.startswith("Het pakket dronten-7.fdpakket is beschadigd")


def test_an_empty_payload_round_trips() -> None:
    assert package.unseal(sealed(b""), PASSPHRASE)[1] == b""


def test_a_large_payload_round_trips_and_compresses() -> None:
    repetitive = PAYLOAD * 40_000  # about 40 MB of records, as text repeats itself
    data = sealed(repetitive)
    assert len(data) < len(repetitive) // 10
    assert package.unseal(data, PASSPHRASE)[1] == repetitive
    noise = os.urandom(8 * 1024 * 1024)
    assert package.unseal(sealed(noise), PASSPHRASE)[1] == noise


def test_a_too_short_passphrase_is_refused_when_sealing() -> None:
    with pytest.raises(PackageError, match="minstens 8 tekens"):
        package.seal(HEADER, PAYLOAD, "geheim", cost=CHEAP)


def test_the_module_s_own_header_keys_cannot_be_overwritten_by_the_caller() -> None:
    with pytest.raises(ValueError, match="kdf"):
        package.seal({**HEADER, "kdf": "none"}, PAYLOAD, PASSPHRASE, cost=CHEAP)
    with pytest.raises(ValueError, match="format"):
        package.seal({**HEADER, "format": 2}, PAYLOAD, PASSPHRASE, cost=CHEAP)
    # The version this module writes may be named by the caller too.
    same = package.seal({**HEADER, "format": 1}, PAYLOAD, PASSPHRASE, cost=CHEAP)
    assert package.unseal(same, PASSPHRASE)[1] == PAYLOAD


def test_a_package_file_is_written_read_and_removed_with_its_name_in_messages(
    tmp_path: Path,
) -> None:
    out = tmp_path / "dronten-7.fdpakket"
    package.write_package(out, sealed())
    assert package.package_header(out)["package_number"] == 7
    assert package.open_package(out, PASSPHRASE)[1] == PAYLOAD
    with pytest.raises(PackageError, match=r"dronten-7\.fdpakket kan niet worden geopend"):
        package.open_package(out, "een andere wachtzin")
    package.remove_package(out)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(PackageError, match="het bestand of de map bestaat niet"):
        package.open_package(out, PASSPHRASE)
    with pytest.raises(PackageError, match="niet verwijderen: het bestand of de map"):
        package.remove_package(out)


def test_a_disk_full_while_writing_leaves_the_earlier_package_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "dronten-7.fdpakket"
    earlier = sealed()
    package.write_package(out, earlier)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # Delayed allocation: the kernel takes the data and reports the full disk at fsync.
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ServiceError) as caught:
        package.write_package(out, sealed(b"nieuw"))
    assert caught.value.message == f"Kan {out} niet opslaan: de schijf is vol."
    assert out.read_bytes() == earlier
    assert [path.name for path in tmp_path.iterdir()] == [out.name]
