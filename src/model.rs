//! The model: an article and the parts it reports, as plain data that
//! reads and writes JSON. No rules (those are in `validate`) and no
//! builders (in `build`).

pub(crate) mod article;
pub(crate) mod assessment;
pub(crate) mod commitment;
pub(crate) mod document;
pub(crate) mod entity;
pub(crate) mod event;
pub(crate) mod evidence;
pub(crate) mod graph;
pub(crate) mod meeting;
pub(crate) mod position;
pub(crate) mod quantity;
pub(crate) mod relation;
pub(crate) mod request;
pub(crate) mod statement;
pub(crate) mod update;
