//! `--allow`, `--warn`, `--deny` and `--deny-warnings`: the lint levels,
//! read in the order given on the command line and built by the library's
//! one rule (`Lints::from_levels`: a later level for a code overrides an
//! earlier one).

use clap::ArgMatches;
use structured_news::{ErrorCode, Level, Lints};

use crate::output::Failure;

/// The lints of the level flags in `matches`, in command-line order.
pub fn from_flags(matches: &ArgMatches, deny_warnings: bool) -> Result<Lints, Failure> {
    let mut given = Vec::new();
    for &level in Level::ALL {
        let id = level.as_str();
        let values = matches.get_many::<String>(id).into_iter().flatten();
        let indices = matches.indices_of(id).into_iter().flatten();
        for (index, text) in indices.zip(values) {
            given.push((index, level, text));
        }
    }
    given.sort_by_key(|&(index, ..)| index);
    let levels = given
        .into_iter()
        .map(|(_, level, text)| {
            let code: ErrorCode = text
                .parse()
                .map_err(|e| Failure::usage(format!("--{level}: {e}")))?;
            Ok((code, level))
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    let lints = Lints::from_levels(levels)
        .map_err(|e| Failure::usage(format!("--{} {}: {e}", e.level(), e.code())))?;
    Ok(if deny_warnings {
        lints.deny_warnings()
    } else {
        lints
    })
}
