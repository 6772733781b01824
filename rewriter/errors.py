"""Exceptions raised by the rewriter core.

Our exception hierarchy::

    RewriterError            base class; `message` is Dutch and shown to users
      GlossaryError          a glossary data file is invalid (file, line, entry id)
      SettingsError          a configuration file or option is invalid
      InputError             a letter cannot be read (empty, unreadable, unsupported)
        UnsupportedFormatError   the file type is not supported
        EmptyLetterError         the letter holds no text
        LetterTooLargeError      the letter is larger than the configured limit
      BusyError              a long letter is refused while another one is being analysed
      TooSlowError           an analysis ran past its time budget and was stopped

Shells translate these: the CLI into an exit code plus a one-line message,
the web app into a Dutch error box. The core never raises anything else on
bad user input.
"""

from __future__ import annotations


class RewriterError(Exception):
    """Base class for every error the core raises on purpose."""

    code = "fout"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class GlossaryError(RewriterError):
    """Raised when a glossary file is invalid; names file, line and entry id."""

    code = "woordenlijst"

    def __init__(self, message: str, *, path: str = "", line: int = 0, entry_id: str = "") -> None:
        where = path
        if line:
            where += f":{line}"
        if entry_id:
            where += f" ({entry_id})"
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.line = line
        self.entry_id = entry_id


class SettingsError(RewriterError):
    """Raised when a setting or configuration file is invalid."""

    code = "instellingen"


class InputError(RewriterError):
    """Raised when a letter cannot be read."""

    code = "onleesbaar"


class UnsupportedFormatError(InputError):
    """Raised when the file type is not supported."""

    code = "bestandstype"


class EmptyLetterError(InputError):
    """Raised when a letter contains no text."""

    code = "leeg"


class LetterTooLargeError(InputError):
    """Raised when a letter is larger than the configured limit."""

    code = "te-groot"


class BusyError(RewriterError):
    """Raised when the slots for long letters are all taken (try again later)."""

    code = "bezet"


class TooSlowError(RewriterError):
    """Raised when an analysis runs past its time budget; it stops at the next stage."""

    code = "te-traag"
