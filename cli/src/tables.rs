//! `structured-news tables`: articles as Parquet files, one a table of
//! `structured_news::table`, written as they are read.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use clap::ArgMatches;
use parquet::basic::{Compression, LogicalType, Repetition, Type as PhysicalType};
use parquet::column::writer::ColumnWriter;
use parquet::data_type::ByteArray;
use parquet::errors::ParquetError;
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use structured_news::stream::{read_documents_with, Batches, Entry, LocatedProblem};
use structured_news::table::{
    self, Cell, ColumnKind, RowSink, Table, PROBLEMS, TABLES, TABLES_VERSION,
};
use structured_news::{Article, Error, ErrorCode, Level, Lints};

use crate::input::{self, display_name, Format};
use crate::lints;
use crate::output::{self, Failure, Out};

/// The size an NDJSON batch grows to before a thread reads it.
const BATCH_BYTES: usize = 1 << 20;

/// The bytes of values all tables may buffer together: past it, the table
/// that holds the most writes its rows as a row group, whatever
/// `--row-group-rows` says. What bounds the memory, whatever the bodies'
/// length and however many tables fill at once.
const BUFFER_BYTES: usize = 64 << 20;

const AFTER_HELP: &str = "\
Writes DIR/TABLE.parquet for each table of the format (articles, entities, meetings, \
commitments, commitment_status_steps, evidence, ...; `docs/tables.md` describes every \
table and column), streaming: memory is bounded by the row groups and the ids written (about \
180 bytes an article), not by the articles. Every \
table is written, empty or not.

Each FILE is read as `validate` reads it: NDJSON (`-` for stdin, .ndjson, .jsonl), or one \
article or a JSON array of articles (.json), told apart by the content when the name \
misleads. A document that cannot be read, or is invalid at the levels given, is refused: \
its rows are in no table, and each of its problems is a row of `problems` (file, line, \
column, article id when known, code, severity, path, message). As in `track`, an article \
whose id was already written is left out: silently when it is the same article again, \
else refused with `duplicate_article` (unless that code is allowed). The count of \
documents read, written, refused and left out goes to stderr.

Exit status: 0 when every document was written (warnings allowed), 1 when any was refused, \
2 on a usage or I/O error.

Examples:
  structured-news tables --out tables/ archive.ndjson
  structured-news tables --out tables/ --deny-warnings - < batch.ndjson
  duckdb -c \"SELECT kind, count(*) FROM 'tables/commitments.parquet' GROUP BY kind\"";

/// Write articles as Parquet files, one per table, for DuckDB, pandas, Polars or Spark.
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The directory to write the tables in (made if missing; files of the same name replaced).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The files to read; `-` for stdin.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// The most rows of a table in one row group (the largest table also writes one when all hold 64 MiB).
    #[arg(long, value_name = "N", default_value_t = 100_000,
          value_parser = clap::value_parser!(u32).range(1..))]
    row_group_rows: u32,
    /// Refuse an NDJSON line, or a whole file read at once, longer than N bytes.
    #[arg(long, value_name = "N")]
    max_document_bytes: Option<u64>,
    /// Make rule CODE report nothing (repeatable).
    #[arg(long, value_name = "CODE")]
    allow: Vec<String>,
    /// Make rule CODE report warnings (repeatable).
    #[arg(long, value_name = "CODE")]
    warn: Vec<String>,
    /// Make rule CODE report errors (repeatable).
    #[arg(long, value_name = "CODE")]
    deny: Vec<String>,
    /// Make every warning an error (an article with a warning is refused).
    #[arg(long)]
    deny_warnings: bool,
    /// Print nothing on stderr but errors (no summary).
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Threads that read and check NDJSON [default: the number of cores].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1024))]
    jobs: Option<u32>,
}

pub fn run(args: &Args, matches: &ArgMatches, _out: &mut Out) -> Result<u8, Failure> {
    let lints = lints::from_flags(matches, args.deny_warnings)?;
    let jobs = match args.jobs {
        Some(n) => n as usize,
        None => std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
    };
    std::fs::create_dir_all(&args.out)
        .map_err(|e| Failure::usage(format!("cannot make {}: {e}", args.out.display())))?;
    let started = Instant::now();
    let mut files = Writers::create(&args.out, args.row_group_rows as usize)?;
    let mut counts = Counts::default();
    let mut taken = Taken::new(lints.level(ErrorCode::DuplicateArticle));
    let mut io_failed = false;
    for path in &args.files {
        let name = display_name(path);
        taken.reading(&name);
        let mut to = To {
            files: &mut files,
            counts: &mut counts,
            taken: &mut taken,
        };
        let read = read_file(path, &name, args, &lints, jobs, &mut to);
        match read {
            Ok(()) => {}
            Err(Stop::Input(failure)) => {
                output::error(&failure.message);
                io_failed = true;
            }
            Err(Stop::Output(e)) => return Err(write_failure(&args.out, &e)),
        }
    }
    let rows = files.finish().map_err(|e| write_failure(&args.out, &e))?;
    if !args.quiet {
        output::note(&format!(
            "{} documents read: {} articles written, {} refused ({} problems in problems.parquet){}; \
             {rows} rows in {} tables in {} in {:.3} s",
            counts.read,
            counts.written,
            counts.refused,
            counts.problems,
            match counts.left_out {
                0 => String::new(),
                n => format!(", {n} left out as repeats of an article written"),
            },
            TABLES.len(),
            args.out.display(),
            started.elapsed().as_secs_f64(),
        ));
    }
    Ok(if io_failed {
        2
    } else if counts.refused > 0 {
        1
    } else {
        0
    })
}

fn write_failure(dir: &Path, e: &ParquetError) -> Failure {
    Failure::usage(format!("cannot write the tables in {}: {e}", dir.display()))
}

/// Why reading a file stopped: its input failed (the next file is read),
/// or the tables could not be written (the command stops).
enum Stop {
    Input(Failure),
    Output(ParquetError),
}

#[derive(Default)]
struct Counts {
    read: u64,
    written: u64,
    refused: u64,
    problems: u64,
    /// Articles given again (the same one, or another under an id written
    /// while `duplicate_article` is allowed).
    left_out: u64,
}

/// Where read documents go: the tables, the counts, and the articles
/// written so far.
struct To<'a> {
    files: &'a mut Writers,
    counts: &'a mut Counts,
    taken: &'a mut Taken,
}

/// The articles written, by id, to leave out a second article under the
/// same id as the ledger does (`track`): the same article again silently,
/// another one with `duplicate_article`. Holds each id written (its bytes
/// and about 60 more): the one part of the command's memory that grows
/// with the input.
struct Taken {
    by_id: HashMap<Box<str>, Earlier>,
    /// The files read, for the message of a duplicate.
    files: Vec<Box<str>>,
    level: Level,
}

/// Where an article written came from, and its fingerprint.
struct Earlier {
    fingerprint: u64,
    file: usize,
    line: u64,
}

/// What becomes of an article read.
enum Taking {
    Write,
    /// The same article again, or another one while `duplicate_article`
    /// is allowed: left out, not reported.
    LeaveOut,
    /// Another article under an id written: refused with this message.
    Refuse(String),
}

impl Taken {
    fn new(level: Level) -> Taken {
        Taken {
            by_id: HashMap::new(),
            files: Vec::new(),
            level,
        }
    }

    /// Notes that the articles taken from now on come from `file`.
    fn reading(&mut self, file: &str) {
        self.files.push(file.into());
    }

    /// What becomes of `article`, read at `line` of the file being read.
    fn take(&mut self, article: &Article, line: u64) -> Taking {
        let fingerprint = article.fingerprint();
        let Some(earlier) = self.by_id.get(article.id.as_str()) else {
            let file = self.files.len().saturating_sub(1);
            let earlier = Earlier {
                fingerprint,
                file,
                line,
            };
            self.by_id.insert(article.id.as_str().into(), earlier);
            return Taking::Write;
        };
        if earlier.fingerprint == fingerprint || self.level == Level::Allow {
            return Taking::LeaveOut;
        }
        let at = self.files.get(earlier.file).map_or("", |f| &**f);
        Taking::Refuse(format!(
            "another article with the id {:?} is already in the tables ({at}:{}); this one is not taken",
            article.id.as_str(),
            earlier.line
        ))
    }
}

/// A document read: the article to write, or the problems of a refused one.
enum Document {
    Article {
        line: u64,
        article: Box<Article>,
    },
    Refused {
        line: u64,
        id: Option<String>,
        problems: Vec<LocatedProblem>,
    },
}

/// A document as it goes to the writer; `text` is its bytes, to locate
/// its problems and find its id.
fn sort(doc: Entry, text: Option<&[u8]>) -> Document {
    match doc.result {
        Ok(article) => Document::Article {
            line: doc.line,
            article: Box::new(article),
        },
        Err(ref error) => {
            let problems = doc.problems(text);
            let id = match error {
                Error::Invalid(_) | Error::Json(_) => text.and_then(id_of),
                _ => None,
            };
            Document::Refused {
                line: doc.line,
                id,
                problems,
            }
        }
    }
}

/// The `id` of a document that could not be made an article, when it is
/// JSON with a string `id` at the top.
fn id_of(text: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Id {
        id: Option<serde_json::Value>,
    }
    match serde_json::from_slice::<Id>(text).ok()?.id? {
        serde_json::Value::String(id) => Some(id),
        _ => None,
    }
}

fn read_file(
    path: &Path,
    name: &str,
    args: &Args,
    lints: &Lints,
    jobs: usize,
    to: &mut To<'_>,
) -> Result<(), Stop> {
    let input = input::open(path).map_err(Stop::Input)?;
    let cannot_read =
        |e: io::Error| Stop::Input(Failure::usage(format!("cannot read {name}: {e}")));
    let limit = args.max_document_bytes;
    let whole = path.extension().is_some_and(|e| e == "json");
    let (input, format) = if whole {
        (input, Format::Json)
    } else {
        input::sniff_ndjson(input, limit).map_err(cannot_read)?
    };
    let mut reader: Box<dyn Read + Send> = input.reader;
    if format == Format::Json {
        let bytes = structured_news::stream::read_limited(reader, limit.unwrap_or(u64::MAX));
        match bytes {
            Ok(bytes) if !input::holds_ndjson(&bytes) => {
                for doc in read_documents_with(&bytes, lints) {
                    let text = crate::report::text_of(&bytes, &doc);
                    write(sort(doc, text), name, to).map_err(Stop::Output)?;
                }
                return Ok(());
            }
            Ok(bytes) => reader = Box::new(io::Cursor::new(bytes)),
            Err(e) => {
                let doc = input::unread(e);
                return write(sort(doc, None), name, to).map_err(Stop::Output);
            }
        }
    }
    let mut batches = Batches::new(BufReader::with_capacity(BATCH_BYTES, reader), BATCH_BYTES);
    if let Some(limit) = limit {
        batches = batches.max_document_bytes(limit);
    }
    let lints = lints.clone();
    let read = batches
        .map_in_parallel(jobs, move |batch| {
            let mut docs = batch.documents(&lints);
            let mut out = Vec::new();
            while let Some(doc) = docs.next() {
                let text = docs.text(&doc).map(<[u8]>::to_vec);
                out.push(sort(doc, text.as_deref()));
            }
            out
        })
        .map_err(cannot_read)?;
    for batch in read {
        for doc in batch {
            write(doc, name, to).map_err(Stop::Output)?;
        }
    }
    Ok(())
}

fn write(doc: Document, file: &str, to: &mut To<'_>) -> Result<(), ParquetError> {
    let To {
        files,
        counts,
        taken,
    } = to;
    counts.read += 1;
    match doc {
        Document::Article { line, article } => match taken.take(&article, line) {
            Taking::Write => {
                counts.written += 1;
                table::write_rows(&article, &mut **files)
            }
            Taking::LeaveOut => {
                counts.left_out += 1;
                Ok(())
            }
            Taking::Refuse(message) => {
                counts.refused += 1;
                counts.problems += 1;
                let cells = [
                    Cell::Text(file.into()),
                    integer(line),
                    Cell::Null,
                    integer(line),
                    integer(0),
                    Cell::Text(article.id.as_str().into()),
                    Cell::Text(ErrorCode::DuplicateArticle.as_str().into()),
                    Cell::Text(structured_news::Severity::Error.as_str().into()),
                    Cell::Text("/id".into()),
                    Cell::Text(message.into()),
                ];
                files.row(&PROBLEMS, &cells)
            }
        },
        Document::Refused { line, id, problems } => {
            counts.refused += 1;
            for (position, p) in problems.iter().enumerate() {
                counts.problems += 1;
                let cells = [
                    Cell::Text(file.into()),
                    integer(p.line),
                    p.column.map_or(Cell::Null, integer),
                    integer(line),
                    integer(position as u64),
                    id.as_deref().map_or(Cell::Null, |id| Cell::Text(id.into())),
                    Cell::Text(p.code.as_str().into()),
                    Cell::Text(p.severity.as_str().into()),
                    Cell::Text(p.path.as_str().into()),
                    Cell::Text(p.message.as_str().into()),
                ];
                files.row(&PROBLEMS, &cells)?;
            }
            Ok(())
        }
    }
}

/// A line or column: no input has 2^63 lines.
fn integer(n: u64) -> Cell<'static> {
    i64::try_from(n).map_or(Cell::Null, Cell::Integer)
}

/// The values of one column, buffered until its row group is written.
enum Values {
    /// The texts one after the other, and where each ends: no allocation
    /// a value.
    Text {
        data: Vec<u8>,
        ends: Vec<usize>,
    },
    Integer(Vec<i64>),
    Float(Vec<f64>),
    Boolean(Vec<bool>),
    Date(Vec<i32>),
    Timestamp(Vec<i64>),
}

struct ColumnBuffer {
    values: Values,
    /// The definition level of each row (1 a value, 0 null), for a
    /// nullable column.
    defined: Vec<i16>,
}

/// One table's file and the rows not yet written.
struct Writer {
    table: &'static Table,
    file: SerializedFileWriter<BufWriter<File>>,
    columns: Vec<ColumnBuffer>,
    rows: usize,
    bytes: usize,
    written: u64,
}

/// Days from 0001-01-01 (chrono's day 1) to 1970-01-01.
const UNIX_EPOCH_DAYS: i32 = 719_163;

impl Writer {
    fn create(dir: &Path, table: &'static Table) -> Result<Writer, Failure> {
        let path = dir.join(format!("{}.parquet", table.name));
        let failed = |e: &dyn std::fmt::Display| {
            Failure::usage(format!("cannot write {}: {e}", path.display()))
        };
        let fields = table
            .columns
            .iter()
            .map(|column| {
                let (physical, logical) = match column.kind {
                    ColumnKind::Text => (PhysicalType::BYTE_ARRAY, Some(LogicalType::String)),
                    ColumnKind::Integer => (PhysicalType::INT64, None),
                    ColumnKind::Float => (PhysicalType::DOUBLE, None),
                    ColumnKind::Boolean => (PhysicalType::BOOLEAN, None),
                    ColumnKind::Date => (PhysicalType::INT32, Some(LogicalType::Date)),
                    ColumnKind::Timestamp => (
                        PhysicalType::INT64,
                        Some(LogicalType::Timestamp {
                            is_adjusted_to_u_t_c: true,
                            unit: parquet::basic::TimeUnit::MICROS,
                        }),
                    ),
                    _ => (PhysicalType::BYTE_ARRAY, Some(LogicalType::String)),
                };
                let repetition = if column.nullable {
                    Repetition::OPTIONAL
                } else {
                    Repetition::REQUIRED
                };
                Type::primitive_type_builder(column.name, physical)
                    .with_logical_type(logical)
                    .with_repetition(repetition)
                    .build()
                    .map(Arc::new)
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| failed(&e))?;
        let schema = Type::group_type_builder("schema")
            .with_fields(fields)
            .build()
            .map_err(|e| failed(&e))?;
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_key_value_metadata(Some(vec![
                KeyValue::new(
                    "structured_news.tables_version".into(),
                    TABLES_VERSION.to_owned(),
                ),
                KeyValue::new("structured_news.table".into(), table.name.to_owned()),
            ]))
            .set_created_by(format!("structured-news {}", env!("CARGO_PKG_VERSION")))
            .build();
        let file = File::create(&path).map_err(|e| failed(&e))?;
        let file =
            SerializedFileWriter::new(BufWriter::new(file), Arc::new(schema), Arc::new(properties))
                .map_err(|e| failed(&e))?;
        let columns = table
            .columns
            .iter()
            .map(|column| ColumnBuffer {
                values: match column.kind {
                    ColumnKind::Integer => Values::Integer(Vec::new()),
                    ColumnKind::Float => Values::Float(Vec::new()),
                    ColumnKind::Boolean => Values::Boolean(Vec::new()),
                    ColumnKind::Date => Values::Date(Vec::new()),
                    ColumnKind::Timestamp => Values::Timestamp(Vec::new()),
                    _ => Values::Text {
                        data: Vec::new(),
                        ends: Vec::new(),
                    },
                },
                defined: Vec::new(),
            })
            .collect();
        Ok(Writer {
            table,
            file,
            columns,
            rows: 0,
            bytes: 0,
            written: 0,
        })
    }

    fn push(&mut self, cells: &[Cell<'_>]) -> Result<(), ParquetError> {
        if cells.len() != self.columns.len() {
            return Err(ParquetError::General(format!(
                "a row of {} has {} cells for {} columns",
                self.table.name,
                cells.len(),
                self.columns.len()
            )));
        }
        for ((cell, buffer), column) in cells.iter().zip(&mut self.columns).zip(self.table.columns)
        {
            if column.nullable {
                buffer.defined.push(i16::from(*cell != Cell::Null));
            }
            let pushed = match (&mut buffer.values, cell) {
                (_, Cell::Null) if column.nullable => true,
                (Values::Text { data, ends }, Cell::Text(t)) => {
                    self.bytes += t.len();
                    data.extend_from_slice(t.as_bytes());
                    ends.push(data.len());
                    true
                }
                (Values::Integer(v), Cell::Integer(n)) => {
                    v.push(*n);
                    true
                }
                (Values::Float(v), Cell::Float(x)) => {
                    v.push(*x);
                    true
                }
                (Values::Boolean(v), Cell::Boolean(b)) => {
                    v.push(*b);
                    true
                }
                (Values::Date(v), Cell::Date(d)) => {
                    v.push(chrono::Datelike::num_days_from_ce(d) - UNIX_EPOCH_DAYS);
                    true
                }
                (Values::Timestamp(v), Cell::Timestamp(t)) => {
                    v.push(*t);
                    true
                }
                _ => false,
            };
            if !pushed {
                return Err(ParquetError::General(format!(
                    "{}.{} cannot hold {cell:?}",
                    self.table.name, column.name
                )));
            }
            self.bytes += 8;
        }
        self.rows += 1;
        Ok(())
    }

    /// Writes the buffered rows as one row group.
    fn flush(&mut self) -> Result<(), ParquetError> {
        if self.rows == 0 {
            return Ok(());
        }
        let mut group = self.file.next_row_group()?;
        for buffer in &mut self.columns {
            let Some(mut column) = group.next_column()? else {
                return Err(ParquetError::General(
                    "fewer columns than the schema's".into(),
                ));
            };
            let defined = (!buffer.defined.is_empty()).then_some(buffer.defined.as_slice());
            match (column.untyped(), &mut buffer.values) {
                (ColumnWriter::ByteArrayColumnWriter(w), Values::Text { data, ends }) => {
                    // Each value a slice of one buffer, not a copy.
                    let data = Bytes::from(std::mem::take(data));
                    let mut start = 0;
                    let values: Vec<ByteArray> = ends
                        .iter()
                        .map(|&end| {
                            let value = ByteArray::from(data.slice(start..end));
                            start = end;
                            value
                        })
                        .collect();
                    w.write_batch(&values, defined, None)?;
                    ends.clear();
                }
                (ColumnWriter::Int64ColumnWriter(w), Values::Integer(v) | Values::Timestamp(v)) => {
                    w.write_batch(v, defined, None)?;
                    v.clear();
                }
                (ColumnWriter::DoubleColumnWriter(w), Values::Float(v)) => {
                    w.write_batch(v, defined, None)?;
                    v.clear();
                }
                (ColumnWriter::BoolColumnWriter(w), Values::Boolean(v)) => {
                    w.write_batch(v, defined, None)?;
                    v.clear();
                }
                (ColumnWriter::Int32ColumnWriter(w), Values::Date(v)) => {
                    w.write_batch(v, defined, None)?;
                    v.clear();
                }
                _ => {
                    return Err(ParquetError::General(format!(
                        "a column of {} does not have its schema's type",
                        self.table.name
                    )))
                }
            }
            buffer.defined.clear();
            column.close()?;
        }
        group.close()?;
        self.written += self.rows as u64;
        self.rows = 0;
        self.bytes = 0;
        Ok(())
    }
}

/// Every table's writer: the [`RowSink`] the articles are walked into.
struct Writers {
    writers: Vec<Writer>,
    row_group_rows: usize,
    /// The bytes all writers buffer.
    buffered: usize,
}

impl Writers {
    fn create(dir: &Path, row_group_rows: usize) -> Result<Writers, Failure> {
        let writers = TABLES
            .iter()
            .map(|&table| Writer::create(dir, table))
            .collect::<Result<_, _>>()?;
        Ok(Writers {
            writers,
            row_group_rows,
            buffered: 0,
        })
    }

    /// Writes what is left and closes every file; the rows written.
    fn finish(self) -> Result<u64, ParquetError> {
        let mut rows = 0;
        for mut writer in self.writers {
            writer.flush()?;
            rows += writer.written;
            writer.file.close()?;
        }
        Ok(rows)
    }
}

impl RowSink for Writers {
    type Error = ParquetError;

    fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), ParquetError> {
        let Some(writer) = self
            .writers
            .iter_mut()
            .find(|w| std::ptr::eq(w.table, table))
        else {
            return Err(ParquetError::General(format!(
                "no file for the table {}",
                table.name
            )));
        };
        let before = writer.bytes;
        writer.push(cells)?;
        self.buffered += writer.bytes - before;
        if writer.rows >= self.row_group_rows {
            self.buffered -= writer.bytes;
            writer.flush()?;
        }
        if self.buffered > BUFFER_BYTES {
            if let Some(largest) = self.writers.iter_mut().max_by_key(|w| w.bytes) {
                self.buffered -= largest.bytes;
                largest.flush()?;
            }
        }
        Ok(())
    }
}
