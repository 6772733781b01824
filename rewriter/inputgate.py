"""The input gate: every letter passes here before a parser or the analysis sees it.

One set of checks for every path (CLI, batch, web app, panel, verify), called
from the reader entry points in `rewriter.readers` and, for pasted text, by the
shells through `check_text`:

- the file size against the byte limit (`Settings.max_letter_bytes`);
- a .docx or .odt (a zip package): for every part, before any parser opens it,
  the compression method (stored or deflate only: the OPC standard behind
  .docx and the ODF standard allow nothing else, so LZMA and bzip2 parts, whose
  ratio has no practical bound, are refused), password protection, the declared
  size per part and in total, the ratio of declared to compressed size, and
  then the real size, by stream-decompressing every part with a cap (declared
  sizes can lie);
- plain text (.txt, .md, .html): the encoding (a BOM; UTF-8; UTF-16 without a
  BOM; otherwise charset-normalizer's guess, read as Windows-1252 when that is
  a single-byte guess) and binary data refused;
- the text that comes out: the character limit (`Settings.max_letter_chars`), and its
  line ends made "\n" (`normalise_newlines`; CRLF, CR, U+2028), so a pasted letter keeps
  its paragraphs;
- a file reference sent by a client (the web app's upload field): a URL or a
  path outside the upload folder is refused before any name is resolved.

Every refusal is an InputError (or its subclass LetterTooLargeError) with a
Dutch message. The checks are pure functions of their arguments; the only
exceptions are `quiet_odfpy` and `quiet_pypdf`, which silence those libraries once (see there).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from rewriter.errors import InputError, LetterTooLargeError

# Limits for the parts of a .docx/.odt package. An ordinary letter has a few
# XML parts of at most a few MB and some images; these bounds keep a parser's
# memory well under 1 GB whatever the package claims.
MAX_PARTS = 2_000
MAX_XML_PART_BYTES = 16 * 1024 * 1024
MAX_PART_BYTES = 48 * 1024 * 1024
MAX_UNPACKED_BYTES = 96 * 1024 * 1024
MAX_RATIO = 200  # declared size / compressed size, for parts above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
_CHUNK = 64 * 1024
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_XML_SUFFIXES = (".xml", ".rels")

# Plain text: bytes per character at most (UTF-8 and UTF-16 need up to 4).
MAX_BYTES_PER_CHAR = 4
# HTML: markup around the text; more than this many bytes per allowed character is refused.
MAX_HTML_BYTES_PER_CHAR = 25
# Control characters other than tab, newlines and form feed: more than this share is binary.
MAX_CONTROL_SHARE = 0.01
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def check_size(size: int, max_bytes: int, name: str) -> None:
    """Refuse a file larger than `max_bytes`."""
    if size > max_bytes:
        raise LetterTooLargeError(
            f"Het bestand {name} is te groot ({_size(size)}). De grens is {_size(max_bytes)}."
        )


def check_bytes(data: bytes, suffix: str, name: str, max_bytes: int, max_chars: int) -> None:
    """The checks on a file's bytes before it is parsed (size, package parts, text size)."""
    check_size(len(data), max_bytes, name)
    if suffix in (".docx", ".odt"):
        check_package(data, name)
        return
    per_char = {".txt": MAX_BYTES_PER_CHAR, ".md": MAX_BYTES_PER_CHAR}.get(
        suffix, MAX_HTML_BYTES_PER_CHAR if suffix in (".html", ".htm") else 0
    )
    if per_char and len(data) > per_char * max_chars + 4:  # + 4: a byte-order mark
        raise _too_long(name, None, max_chars)


# Line ends other than "\n": Windows (CRLF, what a browser posts from a <textarea>), old Mac
# (CR), NEL, and Unicode's line and paragraph separators (Word, some web pages). A paragraph
# separator ends a paragraph, so it becomes a blank line.
_LINE_ENDS = re.compile("\r\n|[\r\x85\u2028]")


def normalise_newlines(text: str) -> str:
    """Every line end as "\n" (CRLF, CR, NEL, U+2028), U+2029 as a blank line.

    The structure finder sees paragraphs by their blank lines; a pasted letter with
    CRLF line ends would otherwise arrive as one paragraph.
    """
    return _LINE_ENDS.sub("\n", text).replace("\u2029", "\n\n")


def check_text(text: str, max_chars: int, name: str = "De brief") -> str:
    """Refuse a text longer than `max_chars` characters; return it with "\n" line ends.

    Every shell passes pasted text through here and goes on with what it returns.
    """
    text = normalise_newlines(text)
    if len(text) > max_chars:
        raise _too_long(name, len(text), max_chars)
    return text


def _too_long(name: str, chars: int | None, max_chars: int) -> LetterTooLargeError:
    subject = name if name == "De brief" else f"De brief in {name}"
    count = f" ({chars:,} tekens)".replace(",", ".") if chars is not None else ""
    limit = f"{max_chars:,}".replace(",", ".")
    return LetterTooLargeError(
        f"{subject} is te lang{count}. De grens is {limit} tekens. "
        "Controleer één brief tegelijk, of splits de tekst."
    )


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{size // 1024} kB" if size >= 1024 else f"{size} bytes"


# --- packages (.docx, .odt) ---------------------------------------------------------------------


def check_package(data: bytes, name: str) -> None:
    """Refuse a zip package whose parts are too large, too compressed or oddly compressed.

    Declared sizes are checked first (cheap), then every part is
    stream-decompressed with a cap, so a part that claims to be small but is
    not is refused too. Memory stays bounded by the chunk size.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_declared(infos, name)
            total = 0
            for info in infos:
                total += _unpacked_size(zf, info, name, MAX_UNPACKED_BYTES - total)
    except InputError:
        raise
    except (NotImplementedError, RuntimeError) as exc:  # unknown method, encryption
        raise _odd_package(name) from exc
    except Exception as exc:  # BadZipFile, zlib.error, EOFError, ...: a damaged package
        raise InputError(
            f"{name} kan niet worden gelezen. Is het bestand beschadigd of geen echt "
            f"{Path(name).suffix or 'Word- of OpenDocument'}-bestand?"
        ) from exc


def _part_limit(info: zipfile.ZipInfo) -> int:
    return MAX_XML_PART_BYTES if info.filename.lower().endswith(_XML_SUFFIXES) else MAX_PART_BYTES


def _check_declared(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_PARTS:
        raise _bomb(name, f"er zitten meer dan {MAX_PARTS} onderdelen in")
    total = 0
    for info in infos:
        if info.compress_type not in _ALLOWED_METHODS or info.flag_bits & 0x1:
            raise _odd_package(name)
        if info.file_size > _part_limit(info):
            raise _bomb(name, f"een onderdeel is uitgepakt {_size(info.file_size)}")
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise _bomb(name, f"uitgepakt is het meer dan {_size(MAX_UNPACKED_BYTES)}")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise _bomb(name, "een onderdeel is verdacht sterk samengeperst")


def _unpacked_size(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, room: int) -> int:
    """Decompress one part in chunks and return its real size; refuse it past its cap."""
    if info.is_dir():
        return 0
    cap = min(_part_limit(info), room)
    size = 0
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            size += len(chunk)
            if size > cap:
                raise _bomb(name, "een onderdeel is uitgepakt veel groter dan het zegt te zijn")
    return size


def _bomb(name: str, why: str) -> LetterTooLargeError:
    return LetterTooLargeError(
        f"{name} wordt niet geopend: {why}. Zo'n bestand kan de computer vastzetten. "
        "Open het in Word of LibreOffice, verklein de afbeeldingen en sla het opnieuw op."
    )


def _odd_package(name: str) -> InputError:
    return InputError(
        f"{name} wordt niet geopend: het is op een ongebruikelijke manier ingepakt of "
        "beveiligd met een wachtwoord. Open het in Word of LibreOffice en sla het opnieuw op "
        "(zonder wachtwoord)."
    )


# --- plain text -------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_text(data: bytes, name: str) -> str:
    """Decode the bytes of a text file; refuse binary data with a Dutch message.

    Order: a byte-order mark; strict UTF-8; UTF-16 without a BOM (NUL bytes
    in every other position); charset-normalizer's guess, where any
    single-byte guess is read as Windows-1252 (what Dutch Windows writes) when
    that decodes cleanly. The result must look like text: no NUL and hardly any
    other control characters.
    """
    text = _decode(data)
    if text is None or not looks_like_text(text):
        raise InputError(
            f"{name} is geen leesbaar tekstbestand: er staan andere gegevens in dan tekst. "
            "Sla de brief op als tekst (UTF-8), .docx, .odt, .html of .pdf en probeer het opnieuw."
        )
    return text


def _decode(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    encoding = best.encoding.replace("_", "-").lower()
    if not encoding.startswith(("utf", "ascii")):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Text written as UTF-16 without a BOM: Latin letters leave a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for encoding, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.3 * half and other.count(0) <= 0.01 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def looks_like_text(text: str) -> bool:
    """False when the text holds a NUL, or more than 1 % other control, private or
    replacement characters."""
    if "\x00" in text:
        return False
    odd = sum(1 for _ in _ODD_CHARS.finditer(text))
    return odd <= MAX_CONTROL_SHARE * max(1, len(text))


_ODD_CHARS = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


# --- file references from a client ------------------------------------------------------------


NOT_UPLOADED = "Dit bestand is niet geüpload en wordt niet geopend."


def check_reference(reference: str | Path, folder: str | Path) -> Path:
    """Return the local path of an uploaded file; refuse a URL or a path outside `folder`.

    Nothing here touches the network: a reference with a scheme (http:, ftp:,
    file:, data:, ...) or a '//' prefix is refused by its form, before any
    host name could be looked up; a path is resolved on the local disk only.
    """
    ref = str(reference)
    if _URL.match(ref) or ref.startswith(("//", "\\\\")):
        raise InputError("Een bestand kan alleen worden geüpload, niet via een internetadres.")
    root = Path(folder).resolve()
    path = Path(ref).resolve()
    if not path.is_relative_to(root):
        raise InputError(NOT_UPLOADED)
    return path


# --- odfpy --------------------------------------------------------------------------------------


class OdfParseError(Exception):
    """odfpy met broken XML (it would have printed the part and carried on)."""


def _refuse_print(*args: object, **kwargs: object) -> None:
    raise OdfParseError("odfpy could not parse a part of the package")


def quiet_odfpy() -> None:
    """Make odfpy raise where it would print.

    odfpy reports an XML part it cannot parse by printing the whole part (the
    letter: names, address, BSN) to stdout and then returns what it parsed so
    far: a silently truncated letter, and letter text in the CLI's JSON and in
    server logs. Shadowing `print` in its two modules that call it turns both
    prints into an exception, which the reader reports as a damaged file.
    Idempotent; it touches no global state outside odfpy.
    """
    import odf.load
    import odf.opendocument

    for module in (odf.opendocument, odf.load):
        module.print = _refuse_print  # type: ignore[attr-defined]


def quiet_pypdf() -> None:
    """Keep pypdf's warnings out of the logs: they quote the letter ('found 'Consulent Wmo'').

    pypdf logs repairs of a damaged file as warnings with pieces of the page
    content; unconfigured, Python prints those on stderr, in the CLI and in
    server logs. Its logger gets a null handler and stops propagating. Idempotent.
    """
    import logging

    logger = logging.getLogger("pypdf")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())
    logger.propagate = False
