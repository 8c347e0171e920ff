//! Colour: only on a terminal, and never when `NO_COLOR` is set.

use std::io::IsTerminal;

/// Whether to colour what goes to a stream that is (or is not) a terminal.
fn wanted(terminal: bool) -> bool {
    terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Whether to colour stdout.
pub fn stdout() -> bool {
    wanted(std::io::stdout().is_terminal())
}

/// Whether to colour stderr.
pub fn stderr() -> bool {
    wanted(std::io::stderr().is_terminal())
}

/// Bold red.
pub const RED: &str = "\x1b[1;31m";
/// Bold yellow.
pub const YELLOW: &str = "\x1b[1;33m";
/// Bold.
pub const BOLD: &str = "\x1b[1m";
/// Back to plain text.
pub const RESET: &str = "\x1b[0m";

/// `text` in `colour` when `on`, plain otherwise.
pub fn paint(on: bool, colour: &str, text: &str) -> String {
    if on {
        format!("{colour}{text}{RESET}")
    } else {
        text.to_owned()
    }
}

/// The `error` prefix of a message on stderr.
pub fn error_prefix() -> String {
    paint(stderr(), RED, "error")
}
