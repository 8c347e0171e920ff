//! Converting text positions between code points, UTF-8 bytes and UTF-16
//! code units.

/// How many code points lie between checkpoints of an [`OffsetIndex`].
const CHECKPOINT_EVERY: usize = 64;

/// Converts positions in a text between Unicode code points, UTF-8 bytes and
/// UTF-16 code units.
///
/// Building the index is one linear pass (none for ASCII text, where the
/// three units agree); each conversion then takes constant time (at most 64
/// code points are walked).
///
/// ```
/// use structured_news::OffsetIndex;
///
/// let text = "Ашхабад 🇹🇲 Ashgabat";
/// let index = OffsetIndex::new(text);
/// assert_eq!(index.char_len(), 19);
/// let a = text.find("Ashgabat").unwrap(); // a byte offset
/// assert_eq!(a, 24);
/// assert_eq!(index.byte_to_char(a), Some(11));
/// assert_eq!(index.char_to_utf16(11), Some(13)); // each flag letter is 2 units
/// assert_eq!(index.utf16_to_char(9), None); // inside a surrogate pair
/// ```
#[derive(Debug, Clone)]
pub struct OffsetIndex<'a> {
    text: &'a str,
    /// (byte, UTF-16) offsets of code points 0, 64, 128, ...; empty for ASCII.
    checkpoints: Vec<(usize, usize)>,
    char_len: usize,
    utf16_len: usize,
}

impl<'a> OffsetIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return OffsetIndex {
                text,
                checkpoints: Vec::new(),
                char_len: text.len(),
                utf16_len: text.len(),
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT_EVERY + 1);
        let mut utf16 = 0;
        let mut count = 0;
        for (byte, c) in text.char_indices() {
            if count % CHECKPOINT_EVERY == 0 {
                checkpoints.push((byte, utf16));
            }
            utf16 += c.len_utf16();
            count += 1;
        }
        OffsetIndex {
            text,
            checkpoints,
            char_len: count,
            utf16_len: utf16,
        }
    }

    /// The indexed text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    fn is_ascii(&self) -> bool {
        self.checkpoints.is_empty()
    }

    /// The text's length in code points.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// The text's length in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.utf16_len
    }

    /// The byte offset of code point `position` (the text's byte length for
    /// `position == char_len()`); `None` beyond the end.
    pub fn char_to_byte(&self, position: usize) -> Option<usize> {
        if position > self.char_len {
            return None;
        }
        if self.is_ascii() {
            return Some(position);
        }
        if position == self.char_len {
            return Some(self.text.len());
        }
        let &(byte, _) = self.checkpoints.get(position / CHECKPOINT_EVERY)?;
        let rest = self.text.get(byte..)?;
        rest.char_indices()
            .nth(position % CHECKPOINT_EVERY)
            .map(|(offset, _)| byte + offset)
    }

    /// The code point position of byte offset `byte`; `None` beyond the end
    /// or inside a character.
    pub fn byte_to_char(&self, byte: usize) -> Option<usize> {
        if !self.text.is_char_boundary(byte) {
            return None;
        }
        if self.is_ascii() {
            return Some(byte);
        }
        let k = self
            .checkpoints
            .partition_point(|&(b, _)| b <= byte)
            .checked_sub(1)?;
        let &(start, _) = self.checkpoints.get(k)?;
        let walked = self.text.get(start..byte)?.chars().count();
        Some(k * CHECKPOINT_EVERY + walked)
    }

    /// The UTF-16 offset of code point `position`; `None` beyond the end.
    pub fn char_to_utf16(&self, position: usize) -> Option<usize> {
        if position > self.char_len {
            return None;
        }
        if self.is_ascii() {
            return Some(position);
        }
        if position == self.char_len {
            return Some(self.utf16_len);
        }
        let &(byte, utf16) = self.checkpoints.get(position / CHECKPOINT_EVERY)?;
        let walked: usize = self
            .text
            .get(byte..)?
            .chars()
            .take(position % CHECKPOINT_EVERY)
            .map(char::len_utf16)
            .sum();
        Some(utf16 + walked)
    }

    /// The code point position of UTF-16 offset `unit`; `None` beyond the
    /// end or between the two halves of a surrogate pair.
    pub fn utf16_to_char(&self, unit: usize) -> Option<usize> {
        if unit > self.utf16_len {
            return None;
        }
        if self.is_ascii() {
            return Some(unit);
        }
        let k = self
            .checkpoints
            .partition_point(|&(_, u)| u <= unit)
            .checked_sub(1)?;
        let &(byte, mut at) = self.checkpoints.get(k)?;
        let mut position = k * CHECKPOINT_EVERY;
        for c in self.text.get(byte..)?.chars() {
            if at >= unit {
                break;
            }
            at += c.len_utf16();
            position += 1;
        }
        (at == unit).then_some(position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_char_to_byte(s: &str, cp: usize) -> Option<usize> {
        if cp == s.chars().count() {
            return Some(s.len());
        }
        s.char_indices().nth(cp).map(|(b, _)| b)
    }

    #[test]
    fn index_agrees_with_naive_conversion() {
        let text: String = "aé🇹🇲Ж“x”\u{10FFFF}".repeat(40);
        let index = OffsetIndex::new(&text);
        let n = text.chars().count();
        assert_eq!(index.char_len(), n);
        assert_eq!(index.utf16_len(), text.encode_utf16().count());
        for cp in 0..=n + 1 {
            let byte = naive_char_to_byte(&text, cp);
            assert_eq!(index.char_to_byte(cp), byte, "cp {cp}");
            if let Some(b) = byte {
                assert_eq!(index.byte_to_char(b), Some(cp));
                let u = text.get(..b).unwrap().encode_utf16().count();
                assert_eq!(index.char_to_utf16(cp), Some(u));
                assert_eq!(index.utf16_to_char(u), Some(cp));
            }
        }
        assert_eq!(index.byte_to_char(2), None, "inside é");
    }
}
