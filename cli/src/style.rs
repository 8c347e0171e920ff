//! Colour: `--color auto|always|never` (`colorchoice-clap`, on every
//! subcommand), resolved for each stream by `anstream`. With `auto`, the
//! default, `NO_COLOR` turns colour off, `CLICOLOR_FORCE` turns it on in a
//! pipe too, `CLICOLOR=0` turns it off, and otherwise only a terminal is
//! coloured.

use anstream::{AutoStream, ColorChoice};
use anstyle::{AnsiColor, Style};

/// Whether to colour stdout, at the choice `main` wrote globally.
pub fn stdout() -> bool {
    AutoStream::choice(&std::io::stdout()) != ColorChoice::Never
}

/// Whether to colour stderr.
pub fn stderr() -> bool {
    AutoStream::choice(&std::io::stderr()) != ColorChoice::Never
}

/// Bold red.
pub const RED: Style = AnsiColor::Red.on_default().bold();
/// Bold yellow.
pub const YELLOW: Style = AnsiColor::Yellow.on_default().bold();
/// Bold.
pub const BOLD: Style = Style::new().bold();

/// `text` in `style` when `on`, plain otherwise.
pub fn paint(on: bool, style: Style, text: &str) -> String {
    if on {
        format!("{style}{text}{style:#}")
    } else {
        text.to_owned()
    }
}

/// The `error` prefix of a message on stderr.
pub fn error_prefix() -> String {
    paint(stderr(), RED, "error")
}
