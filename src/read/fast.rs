//! The fast reader: one pass over JSON text straight into the model, for
//! the common case of a document that is valid or nearly so.
//!
//! It accepts a subset of what the serde path accepts and builds the same
//! values: whenever it meets anything it is not sure of (a syntax error, an
//! unknown or repeated field, a value of the wrong type, a value a checked
//! type refuses, a key written with escapes, a lone surrogate, a control
//! character in a string), it gives up with `None` and the caller reads the
//! document again with serde, which accepts it or says exactly why not.
//! So the fast reader never has to produce an error itself, only to refuse
//! nothing that it then accepts differently.
//!
//! The code for each model type comes from the same field list as the type
//! itself ([`model!`](super::model), [`vocabulary!`](crate::value::vocab),
//! [`parse_impls!`](super::parse_impls)): a new field is read here as soon
//! as it is declared.

use serde_json::Number;

/// A value the fast reader can read.
pub(crate) trait FastRead: Sized {
    /// Reads one value at the reader's position (white space before it is
    /// skipped); `None` when the fast reader does not accept it.
    fn fast_read(r: &mut Reader<'_>) -> Option<Self>;

    /// The value of a missing field declared without `#[serde(default)]`:
    /// `None` (serde refuses the document) but for `Option`, which serde
    /// reads as absent.
    fn fast_missing() -> Option<Self> {
        None
    }
}

/// Reads a whole document: one value, then only white space. `None` when
/// the fast reader does not accept it.
pub(crate) fn read_document<T: FastRead>(text: &str) -> Option<T> {
    let mut reader = Reader::new(text);
    let value = T::fast_read(&mut reader)?;
    reader.skip_ws();
    (reader.pos == reader.bytes.len()).then_some(value)
}

/// How a model field is read, from its serde attributes (see
/// [`fast_rule!`](super::fast_rule)).
pub(crate) struct FieldRule<T> {
    /// The value when the field is missing; `None` from it: serde refuses.
    pub(crate) missing: fn() -> Option<T>,
    /// `deserialize_with = "crate::read::null_as_empty"`: the value of `null`.
    pub(crate) null_as: Option<fn() -> T>,
    /// Whether the fast reader knows every serde attribute of the field.
    pub(crate) known: bool,
}

impl<T: FastRead> FieldRule<T> {
    /// Reads the field's value.
    #[inline]
    pub(crate) fn read(&self, r: &mut Reader<'_>) -> Option<T> {
        if let Some(null_as) = self.null_as {
            if r.null() {
                return Some(null_as());
            }
        }
        T::fast_read(r)
    }
}

/// The position in the JSON text, with a buffer for strings with escapes.
pub(crate) struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    scratch: String,
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The bytes of `word` (little-endian) that end a plain run of a string:
/// `"`, `\` or a control character, each flagged by its high bit. The
/// lowest flag is exact (borrows only run upwards), which is all the
/// caller uses.
#[inline]
fn specials(word: u64) -> u64 {
    let quote = word ^ (ONES * u64::from(b'"'));
    let backslash = word ^ (ONES * u64::from(b'\\'));
    let zero_in = |v: u64| v.wrapping_sub(ONES) & !v;
    (zero_in(quote) | zero_in(backslash) | (word.wrapping_sub(ONES * 0x20) & !word)) & HIGHS
}

/// Whether `b` ends a plain run of a string.
#[inline]
fn is_special(b: u8) -> bool {
    b == b'"' || b == b'\\' || b < 0x20
}

/// The index of the first byte from `from` that is `"`, `\` or a control
/// character, eight bytes at a time.
#[inline]
fn find_special(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("a slice of eight bytes"));
        let found = specials(word);
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    while let Some(&b) = bytes.get(at) {
        if is_special(b) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// The value of one hexadecimal digit.
#[inline]
fn hex(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some(u32::from(b - b'0')),
        b'a'..=b'f' => Some(u32::from(b - b'a' + 10)),
        b'A'..=b'F' => Some(u32::from(b - b'A' + 10)),
        _ => None,
    }
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        Reader {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            scratch: String::new(),
        }
    }

    /// Skips JSON white space (RFC 8259: space, tab, line feed, carriage
    /// return).
    #[inline]
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The next byte after white space, not consumed.
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        self.skip_ws();
        self.bytes.get(self.pos).copied()
    }

    /// Consumes `byte` after white space, or gives up.
    #[inline]
    fn eat(&mut self, byte: u8) -> Option<()> {
        if self.peek()? == byte {
            self.pos += 1;
            Some(())
        } else {
            None
        }
    }

    /// Consumes the literal `word` after white space; `false` (nothing
    /// consumed) when it is not there.
    #[inline]
    fn literal(&mut self, word: &[u8]) -> bool {
        self.skip_ws();
        let end = self.pos + word.len();
        if self.bytes.get(self.pos..end) == Some(word) {
            self.pos = end;
            true
        } else {
            false
        }
    }

    /// Consumes `null` if it comes next.
    #[inline]
    pub(crate) fn null(&mut self) -> bool {
        self.literal(b"null")
    }

    /// Opens an object: `{`, then `true` if a key follows, `false` after
    /// an empty object's `}`.
    #[inline]
    pub(crate) fn object_start(&mut self) -> Option<bool> {
        self.eat(b'{')?;
        if self.peek()? == b'}' {
            self.pos += 1;
            Some(false)
        } else {
            Some(true)
        }
    }

    /// After a member: `true` after `,` (a key follows), `false` after `}`.
    #[inline]
    pub(crate) fn object_next(&mut self) -> Option<bool> {
        match self.peek()? {
            b',' => {
                self.pos += 1;
                Some(true)
            }
            b'}' => {
                self.pos += 1;
                Some(false)
            }
            _ => None,
        }
    }

    /// A key and its `:`. A key written with escapes is left to serde.
    #[inline]
    pub(crate) fn key(&mut self) -> Option<&'a [u8]> {
        self.eat(b'"')?;
        let start = self.pos;
        let end = find_special(self.bytes, start)?;
        if self.bytes.get(end) != Some(&b'"') {
            return None;
        }
        self.pos = end + 1;
        self.eat(b':')?;
        self.bytes.get(start..end)
    }

    /// Reads a string and gives its text to `f`: borrowed from the input
    /// when it has no escapes, unescaped into the scratch buffer otherwise.
    #[inline]
    pub(crate) fn with_str<T>(&mut self, f: impl FnOnce(&str) -> Option<T>) -> Option<T> {
        self.eat(b'"')?;
        let start = self.pos;
        let end = find_special(self.bytes, start)?;
        if self.bytes.get(end) == Some(&b'"') {
            self.pos = end + 1;
            let text = self.text.get(start..end)?;
            return f(text);
        }
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        let result = self
            .unescape(start, end, &mut scratch)
            .and_then(|()| f(&scratch));
        self.scratch = scratch;
        result
    }

    /// Reads a string into a new `String`.
    #[inline]
    pub(crate) fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let start = self.pos;
        let end = find_special(self.bytes, start)?;
        if self.bytes.get(end) == Some(&b'"') {
            self.pos = end + 1;
            let text = self.text.get(start..end)?;
            return Some(text.to_owned());
        }
        let mut out = String::with_capacity(end - start + 16);
        self.unescape(start, end, &mut out)?;
        Some(out)
    }

    /// Appends the rest of a string to `out`, from `start` (just after its
    /// opening quote), the first special byte being at `special`; leaves
    /// the reader after the closing quote.
    fn unescape(&mut self, start: usize, special: usize, out: &mut String) -> Option<()> {
        let mut run = start;
        let mut at = special;
        loop {
            out.push_str(self.text.get(run..at)?);
            match *self.bytes.get(at)? {
                b'"' => {
                    self.pos = at + 1;
                    return Some(());
                }
                b'\\' => {
                    let (c, next) = self.escape(at + 1)?;
                    out.push(c);
                    run = next;
                }
                // A control character: serde_json refuses it.
                _ => return None,
            }
            at = find_special(self.bytes, run)?;
        }
    }

    /// The character of the escape whose letter is at `at`, and the index
    /// after it. A lone surrogate is left to serde (which refuses it).
    fn escape(&self, at: usize) -> Option<(char, usize)> {
        let c = match *self.bytes.get(at)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4(at + 1)?;
                return match unit {
                    0xD800..=0xDBFF => {
                        if self.bytes.get(at + 5..at + 7) != Some(b"\\u") {
                            return None;
                        }
                        let low = self.hex4(at + 7)?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                        Some((char::from_u32(c)?, at + 11))
                    }
                    0xDC00..=0xDFFF => None,
                    _ => Some((char::from_u32(unit)?, at + 5)),
                };
            }
            _ => return None,
        };
        Some((c, at + 1))
    }

    /// The four hexadecimal digits from `at`.
    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.bytes.get(at..at + 4)?;
        digits
            .iter()
            .try_fold(0u32, |value, &b| Some(value << 4 | hex(b)?))
    }

    /// A non-negative integer written without fraction or exponent, as
    /// serde_json reads it into an unsigned type.
    #[inline]
    fn unsigned(&mut self) -> Option<u64> {
        self.skip_ws();
        let first = *self.bytes.get(self.pos)?;
        let mut value = u64::from(first.checked_sub(b'0').filter(|d| *d <= 9)?);
        self.pos += 1;
        if value != 0 {
            while let Some(&b) = self.bytes.get(self.pos) {
                let Some(digit) = b.checked_sub(b'0').filter(|d| *d <= 9) else {
                    break;
                };
                value = value.checked_mul(10)?.checked_add(u64::from(digit))?;
                self.pos += 1;
            }
        }
        // A digit after a leading zero, a fraction or an exponent: serde
        // decides.
        match self.bytes.get(self.pos) {
            Some(b'0'..=b'9' | b'.' | b'e' | b'E') => None,
            _ => Some(value),
        }
    }

    /// The text of the number that comes next (its characters, checked by
    /// the caller).
    fn number_text(&mut self) -> Option<&'a str> {
        self.skip_ws();
        let start = self.pos;
        while let Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
        self.text.get(start..self.pos)
    }

    /// Reads an array, each element with `T`.
    #[inline]
    fn array<T: FastRead>(&mut self) -> Option<Vec<T>> {
        self.eat(b'[')?;
        let mut items = Vec::new();
        if self.peek()? == b']' {
            self.pos += 1;
            return Some(items);
        }
        loop {
            items.push(T::fast_read(self)?);
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Some(items);
                }
                _ => return None,
            }
        }
    }
}

impl FastRead for String {
    #[inline]
    fn fast_read(r: &mut Reader<'_>) -> Option<Self> {
        r.string()
    }
}

impl FastRead for bool {
    #[inline]
    fn fast_read(r: &mut Reader<'_>) -> Option<Self> {
        if r.literal(b"true") {
            Some(true)
        } else if r.literal(b"false") {
            Some(false)
        } else {
            None
        }
    }
}

impl FastRead for u32 {
    fn fast_read(r: &mut Reader<'_>) -> Option<Self> {
        u32::try_from(r.unsigned()?).ok()
    }
}

impl FastRead for u64 {
    fn fast_read(r: &mut Reader<'_>) -> Option<Self> {
        r.unsigned()
    }
}

impl FastRead for usize {
    fn fast_read(r: &mut Reader<'_>) -> Option<Self> {
        usize::try_from(r.unsigned()?).ok()
    }
}

/// A number of any kind is read by serde_json itself, from its text, so
/// that it is exactly the number serde_json would make.
impl FastRead for Number {
    fn fast_read(r: &mut Reader<'_>) -> Option<Self> {
        serde_json::from_str(r.number_text()?).ok()
    }
}

impl<T: FastRead> FastRead for Option<T> {
    #[inline]
    fn fast_read(r: &mut Reader<'_>) -> Option<Self> {
        if r.null() {
            Some(None)
        } else {
            T::fast_read(r).map(Some)
        }
    }

    fn fast_missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: FastRead> FastRead for Vec<T> {
    #[inline]
    fn fast_read(r: &mut Reader<'_>) -> Option<Self> {
        r.array()
    }
}

/// The [`FieldRule`] of a model field from its type and attributes (each
/// attribute's tokens in brackets): which serde attributes it has decides
/// what a missing field and `null` are. An attribute the fast reader does
/// not know makes the field unknown to it (`known: false`), and the fast
/// reader then leaves every document with that type to serde.
macro_rules! fast_rule {
    // Every attribute looked at.
    ([$default:ident $null:ident $known:ident] $ty:ty;) => {
        $crate::read::fast::FieldRule::<$ty> {
            missing: $crate::read::fast::fast_rule!(@missing $default $ty),
            null_as: $crate::read::fast::fast_rule!(@null $null $ty),
            known: $crate::read::fast::fast_rule!(@known $known),
        }
    };
    // A serde attribute: its items, one by one.
    ([$d:ident $n:ident $k:ident] $ty:ty; [serde($($item:tt)*)] $($rest:tt)*) => {
        $crate::read::fast::fast_rule!(@items [$d $n $k] $ty; [$($rest)*] $($item)*)
    };
    // Any other attribute (docs, schemars) does not change reading.
    ([$d:ident $n:ident $k:ident] $ty:ty; [$($other:tt)*] $($rest:tt)*) => {
        $crate::read::fast::fast_rule!([$d $n $k] $ty; $($rest)*)
    };
    (@items [$d:ident $n:ident $k:ident] $ty:ty; [$($rest:tt)*]) => {
        $crate::read::fast::fast_rule!([$d $n $k] $ty; $($rest)*)
    };
    (@items [$d:ident $n:ident $k:ident] $ty:ty; [$($rest:tt)*] , $($items:tt)*) => {
        $crate::read::fast::fast_rule!(@items [$d $n $k] $ty; [$($rest)*] $($items)*)
    };
    (@items [$d:ident $n:ident $k:ident] $ty:ty; [$($rest:tt)*] default = $f:literal $($items:tt)*) => {
        $crate::read::fast::fast_rule!(@items [$d $n unknown] $ty; [$($rest)*] $($items)*)
    };
    (@items [$d:ident $n:ident $k:ident] $ty:ty; [$($rest:tt)*] default $($items:tt)*) => {
        $crate::read::fast::fast_rule!(@items [default $n $k] $ty; [$($rest)*] $($items)*)
    };
    (@items [$d:ident $n:ident $k:ident] $ty:ty; [$($rest:tt)*] skip_serializing_if = $f:literal $($items:tt)*) => {
        $crate::read::fast::fast_rule!(@items [$d $n $k] $ty; [$($rest)*] $($items)*)
    };
    (@items [$d:ident $n:ident $k:ident] $ty:ty; [$($rest:tt)*] serialize_with = $f:literal $($items:tt)*) => {
        $crate::read::fast::fast_rule!(@items [$d $n $k] $ty; [$($rest)*] $($items)*)
    };
    (@items [$d:ident $n:ident $k:ident] $ty:ty; [$($rest:tt)*] deserialize_with = "crate::read::null_as_empty" $($items:tt)*) => {
        $crate::read::fast::fast_rule!(@items [$d null_as_empty $k] $ty; [$($rest)*] $($items)*)
    };
    // Anything else (rename, alias, flatten, another deserialize_with, ...).
    (@items [$d:ident $n:ident $k:ident] $ty:ty; [$($rest:tt)*] $other:tt $($items:tt)*) => {
        $crate::read::fast::fast_rule!(@items [$d $n unknown] $ty; [$($rest)*] $($items)*)
    };
    (@missing default $ty:ty) => {
        || Some(<$ty as Default>::default())
    };
    (@missing required $ty:ty) => {
        <$ty as $crate::read::fast::FastRead>::fast_missing
    };
    (@null null_as_empty $ty:ty) => {
        Some(<$ty as Default>::default)
    };
    (@null null $ty:ty) => {
        None
    };
    (@known known) => {
        true
    };
    (@known unknown) => {
        false
    };
}
pub(crate) use fast_rule;

/// The [`FastRead`] of a model struct: an object whose keys are its
/// fields' names, each at most once, no other key; missing fields as
/// their rules say.
macro_rules! fast_struct {
    ($name:ident { $( $field:ident : $ty:ty [$($attrs:tt)*] ),* $(,)? }) => {
        impl $crate::read::fast::FastRead for $name {
            fn fast_read(reader: &mut $crate::read::fast::Reader<'_>) -> Option<Self> {
                if !(true $(&& $crate::read::fast::fast_rule!([required null known] $ty; $($attrs)*).known)*) {
                    return None;
                }
                $( let mut $field: Option<$ty> = None; )*
                let mut more = reader.object_start()?;
                while more {
                    let key = reader.key()?;
                    $(
                        if key == stringify!($field).as_bytes() {
                            if $field.is_some() {
                                return None;
                            }
                            $field = Some(
                                $crate::read::fast::fast_rule!([required null known] $ty; $($attrs)*)
                                    .read(reader)?,
                            );
                            more = reader.object_next()?;
                            continue;
                        }
                    )*
                    return None;
                }
                Some($name {
                    $(
                        $field: match $field {
                            Some(value) => value,
                            None => ($crate::read::fast::fast_rule!([required null known] $ty; $($attrs)*).missing)()?,
                        },
                    )*
                })
            }
        }
    };
}
pub(crate) use fast_struct;

#[cfg(test)]
mod tests {
    use super::*;

    fn string(json: &str) -> Option<String> {
        read_document::<String>(json)
    }

    #[test]
    fn finds_the_first_special_byte_in_any_lane() {
        for len in 0..40 {
            for at in 0..len {
                for special in [b'"', b'\\', 0x00, 0x1f] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = special;
                    // A later special byte never hides the first.
                    if at + 1 < len {
                        bytes[at + 1] = b'"';
                    }
                    assert_eq!(find_special(&bytes, 0), Some(at), "{len} {at} {special}");
                }
            }
            let plain: Vec<u8> = (0..len)
                .map(|i| [b'a', 0x20, 0x7f, 0xe9, 0xa2, 0xdc][i % 6])
                .collect();
            assert_eq!(find_special(&plain, 0), None, "{plain:?}");
        }
    }

    #[test]
    fn reads_strings_as_json_says() {
        assert_eq!(string(r#""plain""#).as_deref(), Some("plain"));
        assert_eq!(
            string(r#""a\"b\\c\/d\b\f\n\r\t""#).as_deref(),
            Some("a\"b\\c/d\u{8}\u{c}\n\r\t")
        );
        assert_eq!(string(r#""\u00e9\u4E2D""#).as_deref(), Some("é中"));
        assert_eq!(string(r#""\ud83d\ude00!""#).as_deref(), Some("😀!"));
        assert_eq!(string(r#""\u0000""#).as_deref(), Some("\0"));
        // Left to serde, which refuses them all.
        for refused in [
            r#""\ud83d""#,
            r#""\ud83d\u0041""#,
            r#""\ude00""#,
            r#""\x""#,
            r#""\u12""#,
            "\"a\tb\"",
            "\"a\u{1}b\"",
            r#""open"#,
            r#""a" x"#,
        ] {
            assert_eq!(string(refused), None, "{refused}");
            assert!(
                serde_json::from_str::<String>(refused).is_err(),
                "{refused}"
            );
        }
    }

    #[test]
    fn reads_numbers_as_serde_json_does() {
        assert_eq!(read_document::<u32>(" 0 "), Some(0));
        assert_eq!(read_document::<u32>("4294967295"), Some(u32::MAX));
        for refused in ["4294967296", "01", "1.0", "1e2", "-0", "-1", "", "+1"] {
            assert_eq!(read_document::<u32>(refused), None, "{refused}");
        }
        for text in [
            "0",
            "-0",
            "12",
            "-12.5e3",
            "1e400",
            "18446744073709551616",
            "0.1",
        ] {
            let fast = read_document::<Number>(text);
            let serde = serde_json::from_str::<Number>(text).ok();
            assert_eq!(fast, serde, "{text}");
        }
    }
}
