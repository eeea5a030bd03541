"""The one error type for mistakes the user made (exit 2), a broken input, and the exit codes."""


class UsageError(Exception):
    """A bad option, path or config: reported as one line, exit code 2."""


class BrokenInput(Exception):
    """A file lisible cannot read as its format says: an `input.*` finding on that file only.
    `rule` names the finding ("input.broken-file", "input.encrypted"...); the message completes
    "The file ..."."""

    def __init__(self, message: str, rule: str = "input.broken-file"):
        super().__init__(message)
        self.rule = rule


EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_ENGINE = 3
