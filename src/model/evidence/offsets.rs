//! Converting text positions between code points, UTF-8 bytes and UTF-16
//! code units.

/// The size of the blocks an [`OffsetIndex`] counts, in bytes.
const BLOCK: usize = 64;

/// Converts positions in a text between Unicode code points, UTF-8 bytes and
/// UTF-16 code units.
///
/// Building the index is one pass over the text, eight bytes at a time
/// (none at all for ASCII text, where the three units agree); each
/// conversion then looks at most at one 64-byte block.
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
    /// For each 64-byte block: how many characters start before it, and
    /// how many UTF-16 units those characters take. Empty for ASCII.
    blocks: Vec<(usize, usize)>,
    char_len: usize,
    utf16_len: usize,
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// How many bytes of `word` start a character, and how many start a
/// 4-byte character (which takes two UTF-16 units).
fn count_word(word: u64) -> (usize, usize) {
    // Bit 7 of each byte, and bits 6, 5 and 4 moved up to bit 7.
    let b7 = word & HIGH_BITS;
    let b6 = (word << 1) & HIGH_BITS;
    let b5 = (word << 2) & HIGH_BITS;
    let b4 = (word << 3) & HIGH_BITS;
    // Continuation bytes are 10xxxxxx; 4-byte leaders are 11110xxx.
    let continuations = (b7 & !b6).count_ones() as usize;
    let long_leaders = (b7 & b6 & b5 & b4).count_ones() as usize;
    (8 - continuations, long_leaders)
}

/// The same counts for a few bytes.
fn count_bytes(bytes: &[u8]) -> (usize, usize) {
    bytes.iter().fold((0, 0), |(chars, long), &b| {
        (
            chars + usize::from(b & 0xC0 != 0x80),
            long + usize::from(b >= 0xF0),
        )
    })
}

impl<'a> OffsetIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return OffsetIndex {
                text,
                blocks: Vec::new(),
                char_len: text.len(),
                utf16_len: text.len(),
            };
        }
        let mut blocks = Vec::with_capacity(text.len() / BLOCK + 1);
        let (mut chars, mut utf16) = (0, 0);
        for block in text.as_bytes().chunks(BLOCK) {
            blocks.push((chars, utf16));
            if block.is_ascii() {
                chars += block.len();
                utf16 += block.len();
                continue;
            }
            let mut words = block.chunks_exact(8);
            for word in words.by_ref() {
                let mut bytes = [0u8; 8];
                bytes.copy_from_slice(word);
                let (c, long) = count_word(u64::from_le_bytes(bytes));
                chars += c;
                utf16 += c + long;
            }
            let (c, long) = count_bytes(words.remainder());
            chars += c;
            utf16 += c + long;
        }
        OffsetIndex {
            text,
            blocks,
            char_len: chars,
            utf16_len: utf16,
        }
    }

    /// The indexed text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    fn is_ascii(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The text's length in code points.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// The text's length in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.utf16_len
    }

    /// The block holding the character at code point `position` (which is
    /// below `char_len`): the last block with fewer characters before it.
    fn block_of_char(&self, position: usize) -> Option<(usize, usize, usize)> {
        let k = self
            .blocks
            .partition_point(|&(chars, _)| chars <= position)
            .checked_sub(1)?;
        let &(chars, utf16) = self.blocks.get(k)?;
        Some((k * BLOCK, chars, utf16))
    }

    /// Walks the characters that start at or after byte `from`, calling
    /// `stop(byte, chars, utf16)` with the running counts at each one.
    fn walk(
        &self,
        from: usize,
        mut chars: usize,
        mut utf16: usize,
        mut stop: impl FnMut(usize, usize, usize) -> bool,
    ) -> Option<(usize, usize, usize)> {
        let bytes = self.text.as_bytes();
        let mut at = from;
        while let Some(&b) = bytes.get(at) {
            if b & 0xC0 != 0x80 {
                if stop(at, chars, utf16) {
                    return Some((at, chars, utf16));
                }
                chars += 1;
                utf16 += if b >= 0xF0 { 2 } else { 1 };
            }
            at += 1;
        }
        stop(at, chars, utf16).then_some((at, chars, utf16))
    }

    /// The byte offset of code point `position` (the text's byte length for
    /// `position == char_len()`); `None` beyond the end.
    pub fn char_to_byte(&self, position: usize) -> Option<usize> {
        if position > self.char_len {
            return None;
        }
        if self.is_ascii() || position == self.char_len {
            return Some(if self.is_ascii() {
                position
            } else {
                self.text.len()
            });
        }
        let (from, chars, utf16) = self.block_of_char(position)?;
        self.walk(from, chars, utf16, |_, c, _| c == position)
            .map(|(byte, _, _)| byte)
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
        // The end of the text may be the start of a block that does not exist.
        let k = (byte / BLOCK).min(self.blocks.len().saturating_sub(1));
        let &(chars, _) = self.blocks.get(k)?;
        let (more, _) = count_bytes(self.text.as_bytes().get(k * BLOCK..byte)?);
        Some(chars + more)
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
        let (from, chars, utf16) = self.block_of_char(position)?;
        self.walk(from, chars, utf16, |_, c, _| c == position)
            .map(|(_, _, units)| units)
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
            .blocks
            .partition_point(|&(_, units)| units <= unit)
            .checked_sub(1)?;
        let &(chars, utf16) = self.blocks.get(k)?;
        let (_, position, at) = self.walk(k * BLOCK, chars, utf16, |_, _, u| u >= unit)?;
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
        for repeat in [1, 3, 16, 40] {
            for prefix in ["", "a", "abcdefg"] {
                check(&format!("{prefix}{}", "aé🇹🇲Ж“x”\u{10FFFF}".repeat(repeat)));
            }
        }
        check(&"é".repeat(64));
        check(&"🇹".repeat(16));
    }

    fn check(text: &str) {
        let text = text.to_owned();
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
        if let Some((i, c)) = text.char_indices().find(|(_, c)| c.len_utf8() > 1) {
            assert_eq!(index.byte_to_char(i + 1), None, "inside {c:?}");
        }
        if let Some(i) = text
            .encode_utf16()
            .position(|u| (0xD800..0xDC00).contains(&u))
        {
            assert_eq!(index.utf16_to_char(i + 1), None, "inside a surrogate pair");
        }
    }
}
