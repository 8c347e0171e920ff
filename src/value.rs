//! Values: the checked strings, codes, dates and vocabularies that the
//! model's fields hold. They know nothing of the model.

pub(crate) mod codes;
pub(crate) mod date;
pub(crate) mod id;
pub(crate) mod vocab;
