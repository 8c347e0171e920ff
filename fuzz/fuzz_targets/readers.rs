//! Fuzz target: the fast reader and the serde reader, each alone, on the
//! same bytes. What the fast reader reads, serde must read to the same
//! article; what serde refuses, the fast reader must refuse (it then
//! leaves the document to serde, which names the error).
//!
//! Panics only when the readers disagree (a library bug).

#![no_main]

use libfuzzer_sys::fuzz_target;
use structured_news::__readers;

fuzz_target!(|data: &[u8]| {
    let fast = __readers::fast(data);
    let serde = __readers::serde(data);
    match (fast, serde) {
        (Some(fast), Ok(serde)) => assert_eq!(fast, serde, "the readers read different articles"),
        (Some(_), Err(e)) => panic!("the fast reader read what serde refuses: {e}"),
        (None, _) => {}
    }
});
