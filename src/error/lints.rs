//! Lint levels: what to do with each rule's problems, as clippy's
//! `allow`, `warn` and `deny` do.

use std::fmt;

use super::{ErrorCode, Severity, Stage, ValidationError, ValidationErrors};

/// What to do with the problems of one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level {
    /// Report nothing.
    Allow,
    /// Report a warning: the document is still accepted.
    Warn,
    /// Report an error: the document is refused.
    Deny,
}

/// The level of each rule: every rule at its code's
/// [default severity](ErrorCode::default_severity) unless set here.
/// [`Validate::lint`](super::Validate::lint),
/// [`Article::from_json_slice_with`](crate::Article::from_json_slice_with)
/// and the stream readers take them.
///
/// Only rules of the *validate* stage have a level: reading stops at the
/// first read-stage problem, which is always an error.
///
/// ```
/// use structured_news::{ErrorCode, Level, Lints};
///
/// let lints = Lints::new()
///     .allow(ErrorCode::WeakEvidence)?
///     .deny(ErrorCode::DuplicateItem)?;
/// assert_eq!(lints.level(ErrorCode::WeakEvidence), Level::Allow);
/// assert_eq!(lints.level(ErrorCode::DuplicateItem), Level::Deny);
/// assert_eq!(lints.level(ErrorCode::PlannedInPast), Level::Warn);
/// assert_eq!(lints.level(ErrorCode::UnknownReference), Level::Deny);
/// assert!(Lints::new().allow(ErrorCode::Syntax).is_err());
/// # Ok::<(), structured_news::NotALint>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lints {
    /// The levels set, by code (later settings replace earlier ones).
    levels: Vec<(ErrorCode, Level)>,
    /// Whether every warning is made an error.
    deny_warnings: bool,
}

impl Lints {
    /// Every rule at its default level.
    pub fn new() -> Self {
        Lints::default()
    }

    /// Lints with the levels of `levels` applied in the order given, the
    /// rule of rustc's and clippy's `-A`, `-W` and `-D` flags: a later
    /// level for a code overrides an earlier one. Every front-end builds
    /// its lints here, so `--allow x --deny x` on the command line and
    /// the same pairs in Python mean the same thing.
    ///
    /// ```
    /// use structured_news::{ErrorCode, Level, Lints};
    ///
    /// let lints = Lints::from_levels([
    ///     (ErrorCode::PlannedInPast, Level::Allow),
    ///     (ErrorCode::WeakEvidence, Level::Deny),
    ///     (ErrorCode::PlannedInPast, Level::Deny),
    /// ])?;
    /// assert_eq!(lints.level(ErrorCode::PlannedInPast), Level::Deny);
    /// assert_eq!(lints.level(ErrorCode::WeakEvidence), Level::Deny);
    ///
    /// let refused = Lints::from_levels([(ErrorCode::Syntax, Level::Allow)]).unwrap_err();
    /// assert_eq!((refused.code(), refused.level()), (ErrorCode::Syntax, Level::Allow));
    /// # Ok::<(), structured_news::NotALint>(())
    /// ```
    ///
    /// # Errors
    /// [`NotALint`] for the first pair whose code is found while reading.
    pub fn from_levels(
        levels: impl IntoIterator<Item = (ErrorCode, Level)>,
    ) -> Result<Self, NotALint> {
        let mut lints = Lints::new();
        for (code, level) in levels {
            lints.set(code, level)?;
        }
        Ok(lints)
    }

    /// Sets the level of `code`'s rule.
    ///
    /// # Errors
    /// [`NotALint`] when `code` is found while reading, where a level has
    /// no meaning.
    pub fn set(&mut self, code: ErrorCode, level: Level) -> Result<&mut Self, NotALint> {
        if code.stage() == Stage::Read {
            return Err(NotALint { code, level });
        }
        self.levels.retain(|(c, _)| *c != code);
        self.levels.push((code, level));
        Ok(self)
    }

    /// These levels, with `code`'s rule reporting nothing.
    ///
    /// # Errors
    /// As [`set`](Self::set).
    pub fn allow(mut self, code: ErrorCode) -> Result<Self, NotALint> {
        self.set(code, Level::Allow)?;
        Ok(self)
    }

    /// These levels, with `code`'s rule reporting warnings.
    ///
    /// # Errors
    /// As [`set`](Self::set).
    pub fn warn(mut self, code: ErrorCode) -> Result<Self, NotALint> {
        self.set(code, Level::Warn)?;
        Ok(self)
    }

    /// These levels, with `code`'s rule reporting errors.
    ///
    /// # Errors
    /// As [`set`](Self::set).
    pub fn deny(mut self, code: ErrorCode) -> Result<Self, NotALint> {
        self.set(code, Level::Deny)?;
        Ok(self)
    }

    /// These levels, with every warning made an error (as
    /// `-D warnings`); allowed rules still report nothing.
    #[must_use]
    pub fn deny_warnings(mut self) -> Self {
        self.deny_warnings = true;
        self
    }

    /// The level of `code`'s rule.
    pub fn level(&self, code: ErrorCode) -> Level {
        let set = self
            .levels
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, level)| *level);
        let level = set.unwrap_or(match code.default_severity() {
            Severity::Warning => Level::Warn,
            _ => Level::Deny,
        });
        match level {
            Level::Warn if self.deny_warnings => Level::Deny,
            level => level,
        }
    }

    /// The problems at these levels: `Ok` with the warnings when none is
    /// an error, else `Err` with all that are not allowed.
    pub(crate) fn apply(
        &self,
        problems: Vec<ValidationError>,
    ) -> Result<Vec<ValidationError>, ValidationErrors> {
        let problems: Vec<ValidationError> = problems
            .into_iter()
            .filter_map(|p| {
                let severity = match self.level(p.code()) {
                    Level::Allow => return None,
                    Level::Warn => Severity::Warning,
                    Level::Deny => Severity::Error,
                };
                Some(p.with_severity(severity))
            })
            .collect();
        if problems.iter().any(ValidationError::is_error) {
            Err(ValidationErrors::from_vec(problems)
                .expect("the list holds an error, so it is not empty"))
        } else {
            Ok(problems)
        }
    }
}

/// The error of setting a level for a code found while reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotALint {
    code: ErrorCode,
    level: Level,
}

impl NotALint {
    /// The code that has no level.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The level it was given.
    pub fn level(&self) -> Level {
        self.level
    }
}

impl fmt::Display for NotALint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is found while reading, which stops at the first problem; only validation rules have a level",
            self.code
        )
    }
}

impl std::error::Error for NotALint {}
