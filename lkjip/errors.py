"""Exceptions shared by the stages and the CLI, in a module without heavy imports so the CLI
can name them without loading pydantic or python-docx (`lkjip --help` stays fast)."""


class LkjipUsageError(Exception):
    """lkjip could not do its job (missing folder, unwritable output): exit code 2.

    The message is Indonesian and shown to the user as is.
    """
