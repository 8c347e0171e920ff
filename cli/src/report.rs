//! The lines of `validate`'s report: one per problem, as text or JSON.
//! `explain` prints its example's problems with them too.

use std::io::{self, Write};

use clap::ValueEnum;
use structured_news::stream::{Entry, LocatedProblem};
use structured_news::{Error, Severity};

use crate::style::{self, paint};

/// The bytes of `doc`, one of the documents read from `whole`.
pub fn text_of<'a>(whole: &'a [u8], doc: &Entry) -> Option<&'a [u8]> {
    let start = usize::try_from(doc.offset).ok()?;
    whole.get(start..start.checked_add(usize::try_from(doc.bytes).ok()?)?)
}

/// How problems are printed.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Output {
    /// `FILE:LINE:COLUMN: PATH: CODE: MESSAGE`, one problem a line.
    Text,
    /// JSON lines: one object per problem, then a summary object (`"type": "summary"`).
    Json,
}

/// Counts over documents.
#[derive(Default, Clone, Copy)]
pub struct Totals {
    pub documents: u64,
    pub valid: u64,
    pub warnings: u64,
    pub bytes: u64,
    pub io_failed: bool,
}

impl Totals {
    pub fn add(&mut self, other: Totals) {
        self.documents += other.documents;
        self.valid += other.valid;
        self.warnings += other.warnings;
        self.bytes += other.bytes;
        self.io_failed |= other.io_failed;
    }
}

/// How each problem is written.
#[derive(Clone, Copy)]
pub struct Reporter {
    pub output: Output,
    pub colour: bool,
}

impl Reporter {
    /// Writes the problems of one document; `text` is the document's
    /// own bytes, when the caller has them, to find the line and column of
    /// each validation problem.
    pub fn report(
        &self,
        out: &mut impl Write,
        name: &str,
        doc: &Entry,
        text: Option<&[u8]>,
        totals: &mut Totals,
    ) -> io::Result<()> {
        totals.documents += 1;
        totals.bytes += doc.bytes;
        match &doc.result {
            Ok(_) => totals.valid += 1,
            Err(Error::Io(_)) => totals.io_failed = true,
            Err(_) => {}
        }
        for problem in doc.problems(text) {
            if !problem.is_error() {
                totals.warnings += 1;
            }
            self.write(out, name, &problem)?;
        }
        Ok(())
    }

    fn write(&self, out: &mut impl Write, name: &str, p: &LocatedProblem) -> io::Result<()> {
        let line = p.line;
        let place = match p.column {
            Some(column) => format!("{line}:{column}"),
            None => line.to_string(),
        };
        match self.output {
            Output::Text => {
                let path = if p.path.is_root() {
                    "(root)"
                } else {
                    p.path.as_str()
                };
                let warning = p.severity == Severity::Warning;
                let colour = if warning { style::YELLOW } else { style::RED };
                let code = paint(self.colour, colour, p.code.as_str());
                let label = if warning {
                    format!("{}: ", paint(self.colour, style::YELLOW, "warning"))
                } else {
                    String::new()
                };
                writeln!(out, "{name}:{place}: {path}: {code}: {label}{}", p.message)
            }
            Output::Json => {
                let object = serde_json::json!({
                    "file": name,
                    "line": line,
                    "column": p.column,
                    "path": p.path.as_str(),
                    "code": p.code.as_str(),
                    "severity": p.severity.as_str(),
                    "message": p.message,
                });
                writeln!(out, "{object}")
            }
        }
    }
}
