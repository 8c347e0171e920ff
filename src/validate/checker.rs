//! The [`Checker`] the rules report through: it keeps the path being
//! checked and collects problems in document order. Also the small checks
//! many rules share (blank text, repeated items).

use crate::error::{ErrorCode, JsonPointer, ValidationError, ValidationErrors};
use crate::value::vocab::{unknown_message, Vocabulary};

/// A step of the path being checked; rendered only when a problem is found.
#[derive(Clone, Copy)]
enum Step {
    Key(&'static str),
    Index(usize),
}

/// Collects problems while walking a value, keeping the current path as a
/// stack of steps (no allocation until a problem is reported).
pub(crate) struct Checker {
    steps: Vec<Step>,
    errors: Vec<ValidationError>,
}

impl Checker {
    pub(crate) fn new() -> Self {
        Checker {
            steps: Vec::with_capacity(8),
            errors: Vec::new(),
        }
    }

    /// Runs `f` with `key` appended to the path.
    pub(crate) fn at<R>(&mut self, key: &'static str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.steps.push(Step::Key(key));
        let r = f(self);
        self.steps.pop();
        r
    }

    /// Runs `f` with `index` appended to the path.
    pub(crate) fn at_index<R>(&mut self, index: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        self.steps.push(Step::Index(index));
        let r = f(self);
        self.steps.pop();
        r
    }

    /// The current path as a JSON Pointer.
    pub(crate) fn pointer(&self) -> JsonPointer {
        let mut p = JsonPointer::root();
        for step in &self.steps {
            match *step {
                Step::Key(k) => p.push_key(k),
                Step::Index(i) => p.push_index(i),
            }
        }
        p
    }

    /// Reports a problem at the current path.
    pub(crate) fn report(&mut self, code: ErrorCode, message: impl Into<String>) {
        let path = self.pointer();
        self.errors.push(ValidationError::new(code, path, message));
    }

    /// Reports a problem at `key` below the current path.
    pub(crate) fn report_at(
        &mut self,
        key: &'static str,
        code: ErrorCode,
        message: impl Into<String>,
    ) {
        self.at(key, |c| c.report(code, message));
    }

    /// Checks that the text at `key` is not blank.
    pub(crate) fn text(&mut self, key: &'static str, value: &str) {
        if is_blank(value) {
            self.report_at(key, ErrorCode::BlankText, blank_message(key, value));
        }
    }

    /// Checks that an optional text at `key`, when present, is not blank.
    pub(crate) fn optional_text(&mut self, key: &'static str, value: Option<&str>) {
        if let Some(value) = value {
            self.text(key, value);
        }
    }

    /// Checks that no text in the list at `key` is blank.
    pub(crate) fn texts(&mut self, key: &'static str, values: &[String]) {
        if values.iter().all(|v| !is_blank(v)) {
            return;
        }
        self.at(key, |c| {
            for (i, v) in values.iter().enumerate() {
                if is_blank(v) {
                    c.at_index(i, |c| c.report(ErrorCode::BlankText, blank_message(key, v)));
                }
            }
        });
    }

    /// How many problems have been found; with [`insert_at`](Self::insert_at),
    /// lets a check report a problem before the ones found after this mark.
    pub(crate) fn mark(&self) -> usize {
        self.errors.len()
    }

    /// Reports a problem at `key` below the current path, placed at `mark`
    /// among the problems (to keep document order).
    pub(crate) fn insert_at(
        &mut self,
        mark: usize,
        key: &'static str,
        code: ErrorCode,
        message: impl Into<String>,
    ) {
        let path = self.pointer().key(key);
        let at = mark.min(self.errors.len());
        self.errors
            .insert(at, ValidationError::new(code, path, message));
    }

    /// Reports a problem at `key/index` below the current path, placed at
    /// `mark` among the problems (to keep document order).
    pub(crate) fn insert_at_index(
        &mut self,
        mark: usize,
        key: &'static str,
        index: usize,
        code: ErrorCode,
        message: impl Into<String>,
    ) {
        let path = self.pointer().key(key).index(index);
        let at = mark.min(self.errors.len());
        self.errors
            .insert(at, ValidationError::new(code, path, message));
    }

    /// Reports a value of vocabulary `V` that this version does not know,
    /// at `key` below the current path.
    pub(crate) fn vocabulary<V: Vocabulary>(&mut self, key: &'static str, value: &V) {
        // The path is entered only for a value that is reported.
        if value.unknown().is_some() {
            self.at(key, |c| c.vocabulary_here(value));
        }
    }

    /// Reports a vocabulary value this version does not know, at the
    /// current path (an item of a list).
    pub(crate) fn vocabulary_here<V: Vocabulary>(&mut self, value: &V) {
        if let Some(unknown) = value.unknown() {
            let message = format!("{unknown:?}: {}", unknown_message::<V>(unknown));
            self.report(ErrorCode::UnknownVariant, message);
        }
    }

    /// The problems found so far.
    pub(crate) fn finish(self) -> Result<(), ValidationErrors> {
        ValidationErrors::from_vec(self.errors).map_or(Ok(()), Err)
    }
}

/// The indices of the items equal to an earlier item: linear for short
/// lists, hashed for long ones.
pub(crate) fn repeats<T: Eq + std::hash::Hash>(items: &[T]) -> Vec<usize> {
    repeats_by(items, |item| item)
}

/// The indices of the items whose `key` equals an earlier item's.
pub(crate) fn repeats_by<T, K: Eq + std::hash::Hash + ?Sized>(
    items: &[T],
    key: impl Fn(&T) -> &K,
) -> Vec<usize> {
    if items.len() <= 16 {
        return (0..items.len())
            .filter(|&i| {
                let (before, rest) = items.split_at(i);
                rest.first()
                    .is_some_and(|item| before.iter().any(|b| key(b) == key(item)))
            })
            .collect();
    }
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    (0..items.len())
        .filter(|&i| items.get(i).is_some_and(|item| !seen.insert(key(item))))
        .collect()
}

/// Whether `s` is empty or only white space: Unicode `White_Space`, and also
/// U+FEFF and U+001C to U+001F, which some regular-expression dialects
/// count as space, so that whatever a schema's `\S` pattern refuses in any
/// dialect, the validator refuses too.
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{1c}'..='\u{1f}'))
}

fn blank_message(key: &str, value: &str) -> String {
    if value.is_empty() {
        format!("{key} must not be empty")
    } else {
        format!("{key} must not be only white space")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checker_renders_paths() {
        let mut c = Checker::new();
        c.at("statements", |c| {
            c.at_index(2, |c| c.text("speaker", " \t"));
        });
        let errors = c.finish().unwrap_err();
        let e = errors.iter().next().unwrap();
        assert_eq!(e.path().as_str(), "/statements/2/speaker");
        assert_eq!(e.code(), ErrorCode::BlankText);
        assert_eq!(
            e.to_string(),
            "/statements/2/speaker: blank_text: speaker must not be only white space"
        );
    }
}
