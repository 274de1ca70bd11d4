"""Errors of the ETL: one base class, specific ones that also inherit the builtin they resemble."""

from __future__ import annotations


class EtlError(Exception):
    """Base of every error the ETL raises on purpose."""


class BadInput(ValueError, EtlError):
    """A file or a line of a file that cannot be read as documents."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path, self.reason, self.line = str(path), reason, line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


class Notice(ValueError, EtlError):
    """Something a run says about an input that costs no document: reported with the errors, never counted as a
    failed input (a second way to a folder already read)."""


class Cleared(Notice):
    """A value of an input cleared because it cannot be true (a date that is no day of the calendar); the rest
    of the input is stored."""


class StoreError(EtlError):
    """A store that cannot be opened or read: damaged, not a store, out of reach, read-only at an older schema."""


class Interrupted(EtlError):
    """A signal asked the process to stop (SIGTERM); raised by the command line's handler."""


class RunStopped(EtlError):
    """A run that could not finish: a signal, a full disk, a store that went away. The batch in progress was
    rolled back; what was stored before it stays whole, and the run is recorded as interrupted."""

    def __init__(self, reason: str, summary: dict, signalled: bool = False) -> None:
        self.reason, self.summary, self.signalled = reason, summary, signalled
        super().__init__(str(self))

    def __str__(self) -> str:
        return (f"the run stopped: {self.reason}; {self.summary['new']} documents stored before it stay whole, the "
                f"batch in progress was rolled back; run it again to go on")


class VocabularyError(ValueError, EtlError):
    """A row of a vocabulary file under data/reference/ that is not valid."""

    def __init__(self, path: str, row: int, reason: str) -> None:
        self.path, self.row, self.reason = str(path), row, reason
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.path}, row {self.row}: {self.reason} (fix the row in data/reference/)"
