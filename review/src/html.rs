//! Escaping text for HTML: every string of an article reaches the page
//! through these functions.

/// Whether `c` is a bidirectional formatting character, which could make
/// text read in another order than it is stored.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` as HTML text or a quoted attribute value: `& < > " '` as
/// entities, and each bidirectional formatting character shown as its
/// code (`[U+202E]`) so that it cannot reorder what is around it.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    push_escaped(&mut out, text);
    out
}

/// [`escape`], appending to `out`.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_bidi_control(c) => {
                out.push_str(&format!("[U+{:04X}]", u32::from(c)));
            }
            c => out.push(c),
        }
    }
}

/// JSON text made safe inside a `<script type="application/json">`
/// element: `<`, `>` and `&` as JSON escapes, so that no `</script>` or
/// `<!--` can end or change the element. (Outside strings JSON has none of
/// them, so replacing them everywhere keeps the same value.)
pub fn json_in_script(json: &str) -> String {
    json.replace('&', "\\u0026")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_bidi_controls_become_text() {
        assert_eq!(
            escape("<script>alert('x')</script> \"a\" & b"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;a&quot; &amp; b"
        );
        assert_eq!(escape("abc\u{202E}def"), "abc[U+202E]def");
        assert_eq!(escape("Ашхабад"), "Ашхабад");
    }

    #[test]
    fn json_cannot_close_its_script() {
        let json = serde_json::json!({"a": "</script><!-- & \u{2028}"}).to_string();
        let safe = json_in_script(&json);
        assert!(!safe.contains('<') && !safe.contains('>'));
        let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back["a"], "</script><!-- & \u{2028}");
    }
}
