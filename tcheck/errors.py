"""One exception hierarchy; the CLI and the service turn it into a clean message.

    TcheckError            anything tcheck reports to a user (exit code 2)
    ├── InputError         unreadable, empty, binary or unusable input
    ├── ModelMissing       a translation or embedding model is not installed
    ├── ModelInstallError  installing or removing a model failed
    ├── Stopped            a check ended early: past its time limit, or nobody waits for it
    └── Interrupted        the user pressed Ctrl-C (exit code 130, as a shell reports SIGINT)
"""


class TcheckError(Exception):
    exit_code = 2


class InputError(TcheckError):
    pass


class ModelMissing(TcheckError):
    pass


class ModelInstallError(TcheckError):
    pass


class Stopped(TcheckError):
    pass


class Interrupted(TcheckError):
    exit_code = 130
