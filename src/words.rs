//! The ONE word count of the project (page `word_count`, slide limits, spoken
//! duration of the drejebog): split the text on whitespace; a piece is a word when it
//! holds at least one letter or digit. So `bl.a.`, `2019:` and `A.` are one word
//! each, while a lone `–`, `-` or `:` is none.
//!
//! It runs over every page body of a build, so it takes 64 bytes at a time: bit masks
//! of spaces and letters, and one addition that carries "this piece has a letter"
//! across them (see [`State::chunk`]). Chunks of ASCII and Danish letters (`C3 xx`
//! in UTF-8) go that way; any other chunk goes character by character.

/// Class of an ASCII byte: whitespace, letter/digit, anything else.
const SPACE: u8 = 0;
const ALNUM: u8 = 1;
const OTHER: u8 = 2;

const ASCII: [u8; 128] = {
    let mut t = [OTHER; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = ALNUM;
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            // Rust's `char::is_whitespace` in ASCII: these six (0x0b included).
            t[b] = SPACE;
        }
        b += 1;
    }
    t
};

/// Number of words in `text` (see the module docs).
pub fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut state = State::default();
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 64) {
        let chunk: &[u8; 64] = chunk.try_into().unwrap_or(&[b' '; 64]);
        match chunk_masks(chunk) {
            Some((space, alnum)) => {
                state.chunk(space, alnum);
                i += 64;
            }
            None => i = state.scalar(text, i, i + 64),
        }
    }
    state.scalar(text, i, bytes.len());
    state.count
}

/// Words counted so far, and whether the current piece was counted already.
#[derive(Default)]
struct State {
    count: usize,
    counted: bool,
}

impl State {
    /// 64 bytes at once from their whitespace and letter masks (bit k = byte k).
    /// "Counted" after byte k is: a letter, or counted before and not a space.
    /// That is a carry chain (letter = generate, space = kill, other =
    /// propagate), so one addition computes it for all 64 bytes.
    fn chunk(&mut self, space: u64, alnum: u64) {
        let (a, b) = (alnum, !space);
        let (sum, o1) = a.overflowing_add(b);
        let (sum, o2) = sum.overflowing_add(self.counted as u64);
        let counted_before = sum ^ a ^ b;
        self.count += (alnum & !counted_before).count_ones() as usize;
        self.counted = o1 || o2;
    }

    /// Character by character from `from` until `to` (or the end of the character
    /// that crosses `to`); returns where it stopped.
    fn scalar(&mut self, text: &str, from: usize, to: usize) -> usize {
        let bytes = text.as_bytes();
        let mut i = from;
        while i < to.min(bytes.len()) {
            let b = bytes[i];
            let class = if b < 0x80 {
                i += 1;
                ASCII[b as usize]
            } else {
                // `text` is valid UTF-8 and `i` is at a character boundary.
                let c = text[i..].chars().next().unwrap_or(' ');
                i += c.len_utf8();
                classify(c)
            };
            let alnum = class == ALNUM;
            self.count += (alnum && !self.counted) as usize;
            self.counted = (self.counted || alnum) && class != SPACE;
        }
        i
    }
}

/// Whitespace and letter masks of 64 bytes of ASCII and two-byte Latin-1 letters
/// (`æ`, `ø`, `å`, `é`, … are `C3 xx`); `None` when the chunk holds anything else
/// (other characters, or a character cut by the chunk's edge).
fn chunk_masks(chunk: &[u8; 64]) -> Option<(u64, u64)> {
    let m = byte_masks(chunk);
    // Every continuation byte follows a C3 in this chunk, and no C3 ends it.
    if m.odd != 0 || m.cont != m.lead << 1 || m.lead >> 63 != 0 {
        return None;
    }
    Some((m.space, m.alnum | m.lead | m.cont))
}

/// Bit k of each mask describes byte k of a chunk.
#[derive(Debug, Default, PartialEq, Eq)]
struct Masks {
    /// ASCII whitespace (tab, line feed, vertical tab, form feed, return, space).
    space: u64,
    /// ASCII letters and digits.
    alnum: u64,
    /// `C3`, the lead byte of À–ÿ.
    lead: u64,
    /// UTF-8 continuation bytes.
    cont: u64,
    /// Any other non-ASCII lead byte, and the second bytes of × and ÷.
    odd: u64,
}

/// The masks, 16 bytes per instruction (SSE2 is part of every x86-64 CPU).
#[cfg(target_arch = "x86_64")]
fn byte_masks(chunk: &[u8; 64]) -> Masks {
    use std::arch::x86_64::*;
    let mut m = Masks::default();
    // SAFETY: SSE2 is part of the x86-64 baseline, so these instructions exist on
    // every CPU this code is compiled for; the loads read bytes 16 * part ..
    // 16 * part + 16, inside the 64-byte chunk, and an unaligned load has no
    // alignment requirement.
    unsafe {
        for part in 0..4 {
            let v = _mm_loadu_si128(chunk.as_ptr().add(16 * part).cast::<__m128i>());
            let set = |b: u8| _mm_set1_epi8(b as i8);
            // Signed compares: bytes of 0x80 and above are negative, so they never
            // fall in an ASCII range.
            let between = |x: __m128i, lo: u8, hi: u8| {
                _mm_and_si128(
                    _mm_cmpgt_epi8(x, set(lo - 1)),
                    _mm_cmplt_epi8(x, set(hi + 1)),
                )
            };
            let space = _mm_or_si128(_mm_cmpeq_epi8(v, set(b' ')), between(v, 9, 13));
            let lower = _mm_or_si128(v, set(0x20));
            let alnum = _mm_or_si128(between(lower, b'a', b'z'), between(v, b'0', b'9'));
            let lead = _mm_cmpeq_epi8(v, set(0xc3));
            let cont = _mm_cmpeq_epi8(_mm_and_si128(v, set(0xc0)), set(0x80));
            let high = _mm_cmplt_epi8(v, _mm_setzero_si128());
            let other_lead = _mm_andnot_si128(_mm_or_si128(lead, cont), high);
            let odd = _mm_or_si128(
                other_lead,
                _mm_or_si128(_mm_cmpeq_epi8(v, set(0x97)), _mm_cmpeq_epi8(v, set(0xb7))),
            );
            let bits = |x: __m128i| u64::from(_mm_movemask_epi8(x) as u16) << (16 * part);
            m.space |= bits(space);
            m.alnum |= bits(alnum);
            m.lead |= bits(lead);
            m.cont |= bits(cont);
            m.odd |= bits(odd);
        }
    }
    m
}

/// The masks, one byte at a time (other CPUs; also the reference for the tests).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn byte_masks_portable(chunk: &[u8; 64]) -> Masks {
    let mut m = Masks::default();
    for (k, &b) in chunk.iter().enumerate() {
        let is_cont = b & 0xc0 == 0x80;
        let is_lead = b == 0xc3;
        let flags = [
            b == b' ' || (9..=13).contains(&b),
            b.is_ascii_alphanumeric(),
            is_lead,
            is_cont,
            (b >= 0x80 && !is_cont && !is_lead) || b == 0x97 || b == 0xb7,
        ];
        for (mask, flag) in [
            &mut m.space,
            &mut m.alnum,
            &mut m.lead,
            &mut m.cont,
            &mut m.odd,
        ]
        .into_iter()
        .zip(flags)
        {
            *mask |= (flag as u64) << k;
        }
    }
    m
}

#[cfg(not(target_arch = "x86_64"))]
fn byte_masks(chunk: &[u8; 64]) -> Masks {
    byte_masks_portable(chunk)
}

/// Class of a non-ASCII character.
fn classify(c: char) -> u8 {
    match c {
        // Latin-1 letters: À–ÿ except × and ÷.
        'À'..='ÿ' if c != '×' && c != '÷' => ALNUM,
        '\u{a0}' => SPACE,
        _ if c.is_whitespace() => SPACE,
        _ if c.is_alphanumeric() => ALNUM,
        _ => OTHER,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition, written the slow and obvious way.
    fn reference(text: &str) -> usize {
        text.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    }

    #[test]
    fn danish_examples() {
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("  Data fra BoSoc "), 3);
        assert_eq!(
            count_words("Dream 2019: Identifikation – og bl.a. A. Enggaard"),
            7
        );
        assert_eq!(count_words("- : – —"), 0);
        assert_eq!(count_words("Hjem\u{a0}til Aarhus"), 3);
        assert_eq!(count_words("Æbler, øl og ål; × ÷"), 4);
        assert_eq!(count_words("2-3 videoklip – f.eks. fra Sydhavnen"), 5);
    }

    #[test]
    fn agrees_with_the_definition_on_every_character_class() {
        // Every Latin-1 character, a few from other scripts and all Unicode spaces,
        // each alone, between letters and between spaces.
        let mut samples: Vec<char> = (0u32..0x300).filter_map(char::from_u32).collect();
        samples.extend([
            '\u{1680}', '\u{2000}', '\u{2007}', '\u{200b}', '\u{2028}', '\u{2029}', '\u{202f}',
            '\u{205f}', '\u{3000}', '\u{feff}', 'Ω', 'ж', 'ب', '中', '٣', '😀', '–', '—', '„',
        ]);
        for c in samples {
            for text in [
                c.to_string(),
                format!("a{c}b"),
                format!(" {c} "),
                format!("x {c}{c} y{c}"),
            ] {
                assert_eq!(count_words(&text), reference(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn byte_masks_agree_with_the_portable_ones_on_every_byte() {
        for start in 0..=255u8 {
            let chunk: [u8; 64] =
                std::array::from_fn(|k| start.wrapping_add((k as u8).wrapping_mul(5)));
            assert_eq!(byte_masks(&chunk), byte_masks_portable(&chunk), "{start}");
        }
    }

    #[test]
    fn danish_text_takes_the_fast_path_and_counts_right() {
        let line = "Æbler og grøn økonomi på Åbyhøj, fælles fællesskab i bydelen (2023): ";
        let chunk: [u8; 64] = line.as_bytes()[..64].try_into().unwrap();
        assert!(chunk_masks(&chunk).is_some());
        let text = line.repeat(50);
        assert_eq!(count_words(&text), reference(&text));
        assert_eq!(count_words(&text), 50 * 11);
        // A character cut by a chunk edge, × and an em dash take the slow way.
        for odd in ["×", "—", "\u{a0}"] {
            let text = format!("{}{odd} ord{}", "a".repeat(63), " ny".repeat(40));
            assert_eq!(count_words(&text), reference(&text), "{odd}");
        }
        let cut = format!("{}ø ord", "b".repeat(63));
        assert_eq!(count_words(&cut), 2);
    }

    #[test]
    fn agrees_with_the_definition_on_mixed_text() {
        // A deterministic pseudo-random mix of letters, digits, spaces and symbols.
        let alphabet: Vec<char> = "ab Z9 \t\n.-–æøåÅ\u{a0}\u{2003}é×÷,:😀ж\r\u{85}"
            .chars()
            .collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for round in 0..3000 {
            let mut s = String::new();
            // Short texts, and long ones that go through the 64-byte chunks.
            let len = if round % 2 == 0 {
                seed % 40
            } else {
                seed % 400
            };
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            assert_eq!(count_words(&s), reference(&s), "{s:?}");
        }
    }
}
