//! An article's rows in the tables of `structured_news::table`, as Python
//! dicts, and the tables' descriptors: what `structured-news tables`
//! writes as Parquet, for one article at a time (a Spark job).

use std::convert::Infallible;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};
use structured_news::table::{self, Cell, RowSink, Table, PROBLEMS, TABLES};

use crate::report::Report;

/// The rows of one article, each a `dict` of column → value; or the
/// first Python error met (the walk of the library cannot fail itself).
struct Rows<'py> {
    py: Python<'py>,
    /// `datetime.date`, `datetime.datetime` and `datetime.timezone.utc`.
    date: Bound<'py, PyAny>,
    datetime: Bound<'py, PyAny>,
    utc: Bound<'py, PyAny>,
    /// One list per table, in the order of `TABLES`.
    tables: Vec<(&'static str, Bound<'py, PyList>)>,
    failed: Option<PyErr>,
}

impl<'py> Rows<'py> {
    fn new(py: Python<'py>) -> PyResult<Rows<'py>> {
        let module = py.import("datetime")?;
        let tables = TABLES
            .iter()
            .filter(|t| t.name != PROBLEMS.name)
            .map(|t| (t.name, PyList::empty(py)))
            .collect();
        Ok(Rows {
            py,
            date: module.getattr("date")?,
            datetime: module.getattr("datetime")?,
            utc: module.getattr("timezone")?.getattr("utc")?,
            tables,
            failed: None,
        })
    }

    fn value(&self, cell: &Cell<'_>) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        Ok(match cell {
            Cell::Null => py.None().into_bound(py),
            Cell::Text(text) => text.as_ref().into_pyobject(py)?.into_any(),
            Cell::Integer(n) => n.into_pyobject(py)?.into_any(),
            Cell::Float(x) => x.into_pyobject(py)?.into_any(),
            Cell::Boolean(b) => b.into_pyobject(py)?.to_owned().into_any(),
            Cell::Date(day) => {
                use chrono::Datelike;
                self.date.call1((day.year(), day.month(), day.day()))?
            }
            Cell::Timestamp(micros) => {
                // Whole seconds and microseconds, as `fromtimestamp` takes
                // a float that would round microseconds far from 1970.
                let seconds = micros.div_euclid(1_000_000);
                let rest = micros.rem_euclid(1_000_000);
                let moment = self
                    .datetime
                    .call_method1("fromtimestamp", (seconds, &self.utc))?;
                let kwargs = PyDict::new(py);
                kwargs.set_item("microsecond", rest)?;
                moment.call_method("replace", (), Some(&kwargs))?
            }
            _ => {
                return Err(PyValueError::new_err(
                    "a cell of a kind this package does not know (rebuild it with the library)",
                ))
            }
        })
    }

    fn add(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> PyResult<()> {
        let row = PyDict::new(self.py);
        for (column, cell) in table.columns.iter().zip(cells) {
            row.set_item(column.name, self.value(cell)?)?;
        }
        let Some((_, list)) = self.tables.iter().find(|(name, _)| *name == table.name) else {
            return Err(PyValueError::new_err(format!(
                "a row of the table {:?}, which is not in TABLES",
                table.name
            )));
        };
        list.append(row)
    }
}

impl RowSink for Rows<'_> {
    type Error = Infallible;

    fn row(&mut self, table: &'static Table, cells: &[Cell<'_>]) -> Result<(), Infallible> {
        if self.failed.is_none() {
            if let Err(e) = self.add(table, cells) {
                self.failed = Some(e);
            }
        }
        Ok(())
    }
}

/// The rows of the article of `report` (a valid report from `validate`),
/// table name → list of rows; `structured_news.table_rows` checks the
/// document and raises `ValidationError` before it calls this.
#[pyfunction]
pub fn _table_rows<'py>(py: Python<'py>, report: &Report) -> PyResult<Bound<'py, PyDict>> {
    let Some(article) = report.article_read() else {
        return Err(PyValueError::new_err(
            "the report holds no article (it has an error, or comes from iter_ndjson without keep_articles=True)",
        ));
    };
    let mut rows = Rows::new(py)?;
    match table::write_rows(article, &mut rows) {
        Ok(()) => {}
        Err(never) => match never {},
    }
    if let Some(e) = rows.failed {
        return Err(e);
    }
    let out = PyDict::new(py);
    for (name, list) in rows.tables {
        out.set_item(name, list)?;
    }
    Ok(out)
}

/// `TABLES`: table name → `{"doc", "key", "columns"}`, each column a
/// `{"name", "kind", "nullable", "doc", "references"}` (kind `text`,
/// `integer`, `float`, `boolean`, `date` or `timestamp`), in order.
pub fn descriptors(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let out = PyDict::new(py);
    for table in TABLES {
        let columns = table
            .columns
            .iter()
            .map(|column| {
                let c = PyDict::new(py);
                c.set_item("name", column.name)?;
                c.set_item("kind", column.kind.as_str())?;
                c.set_item("nullable", column.nullable)?;
                c.set_item("doc", column.doc)?;
                c.set_item("references", PyTuple::new(py, column.references)?)?;
                Ok(c)
            })
            .collect::<PyResult<Vec<_>>>()?;
        let t = PyDict::new(py);
        t.set_item("doc", table.doc)?;
        t.set_item("key", PyTuple::new(py, table.key)?)?;
        t.set_item("columns", PyTuple::new(py, columns)?)?;
        out.set_item(table.name, t)?;
    }
    Ok(out)
}
