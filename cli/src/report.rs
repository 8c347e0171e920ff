//! The lines of `validate`'s report: one per problem, as text or JSON.
//! `explain` prints its example's problems with them too.

use std::io::{self, Write};

use clap::ValueEnum;
use structured_news::stream::{Entry, LocatedProblem};
use structured_news::{Error, Severity};

use crate::style::{self, paint};

/// How problems are printed.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Output {
    /// `FILE:LINE: PATH: CODE: MESSAGE`, one problem a line.
    Text,
    /// JSON lines: one object per problem, then a summary object.
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
    /// Writes the problems of one document; `whole` is the file's bytes
    /// when it was read whole, to find the line of each validation problem.
    pub fn report(
        &self,
        out: &mut impl Write,
        name: &str,
        doc: &Entry,
        whole: Option<&[u8]>,
        totals: &mut Totals,
    ) -> io::Result<()> {
        totals.documents += 1;
        totals.bytes += doc.bytes;
        match &doc.result {
            Ok(_) => totals.valid += 1,
            Err(Error::Io(_)) => totals.io_failed = true,
            Err(_) => {}
        }
        let text = whole.and_then(|bytes| {
            let start = usize::try_from(doc.offset).ok()?;
            bytes.get(start..start.checked_add(usize::try_from(doc.bytes).ok()?)?)
        });
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
                writeln!(out, "{name}:{line}: {path}: {code}: {label}{}", p.message)
            }
            Output::Json => {
                let object = serde_json::json!({
                    "file": name,
                    "line": line,
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
