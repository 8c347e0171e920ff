//! The one way out for every subcommand: stdout, buffered, where a closed
//! pipe (`structured-news schema | head -1`) ends the command with status
//! 0 and no message; stderr, whose failures are ignored; and the
//! [`Failure`] that carries a message and an exit status to `main`.

use std::io::{self, BufWriter, StdoutLock, Write};

use crate::style;

/// Why a command stopped early: the message for stderr (none when the
/// reader of stdout has gone) and the exit status.
pub struct Failure {
    pub status: u8,
    pub message: String,
}

impl Failure {
    /// A usage or I/O error (exit status 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            status: 2,
            message: message.into(),
        }
    }

    /// An invalid input (exit status 1).
    pub fn invalid(message: impl Into<String>) -> Self {
        Failure {
            status: 1,
            message: message.into(),
        }
    }

    /// What a failed write to stdout means: a closed pipe is the reader
    /// saying it has read enough (status 0, no message); anything else is
    /// an I/O error.
    pub fn output(e: &io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure {
                status: 0,
                message: String::new(),
            }
        } else {
            Failure::usage(format!("cannot write the output: {e}"))
        }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::output(&e)
    }
}

/// Stdout, buffered: what every subcommand writes its results to.
pub struct Out {
    inner: BufWriter<StdoutLock<'static>>,
}

impl Out {
    pub fn stdout() -> Self {
        Out {
            inner: BufWriter::with_capacity(1 << 16, io::stdout().lock()),
        }
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.inner.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Writes `error: MESSAGE` on stderr (a failure to write it is ignored:
/// there is nowhere left to say so).
pub fn error(message: &str) {
    note(&format!("{}: {message}", style::error_prefix()));
}

/// Writes a line on stderr (a failure to write it is ignored).
pub fn note(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}
