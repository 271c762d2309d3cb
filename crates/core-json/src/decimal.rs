//! Plain decimals ("504", "-0.5", "431.25") without Rust's general float parser.
//!
//! `str::parse::<f64>` brings dec2flt into the wasm (its algorithms and power tables, several
//! KB gzip), and the map needs floats only for the geometry our own build writes: short decimals,
//! never exponents. Such a number is an integer mantissa over a power of ten, both exact in an
//! f64, so one division gives the correctly rounded value, the same as `str::parse` (Clinger's
//! fast path). Anything longer or with an exponent is `None`, never a rounding.

/// Powers of ten that are exact in an f64.
const EXACT_POWERS_OF_TEN: [f64; 16] =
    [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// Integers up to 2^53 are exact in an f64.
const EXACT_MANTISSA: u64 = 1 << 53;

/// `-?digits(.digits)?`, or `-?.digits` as SVG path data writes it, with at most 15 digits after
/// the point and a mantissa up to 2^53.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) if !fraction.is_empty() => (whole, fraction),
        Some(_) => return None,
        None => (unsigned, ""),
    };
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut mantissa: u64 = 0;
    for byte in whole.bytes().chain(fraction.bytes()) {
        if !byte.is_ascii_digit() {
            return None;
        }
        mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(byte - b'0'))?;
    }
    if mantissa > EXACT_MANTISSA {
        return None;
    }
    let scale = EXACT_POWERS_OF_TEN.get(fraction.len())?;
    // An exact integer (u64 ≤ 2^53 converts exactly) over an exact power: one rounding.
    #[allow(clippy::cast_precision_loss)]
    let value = mantissa as f64 / scale;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn agrees_with_the_standard_parser_on_plain_decimals() {
        let mut checked = 0;
        for whole in ["", "0", "1", "7", "42", "504", "999", "1000", "123456789", "9007199254740992"] {
            for fraction in ["", ".5", ".25", ".1", ".3", ".05", ".123456", ".999999999999999", ".000001"] {
                for sign in ["", "-"] {
                    let text = format!("{sign}{whole}{fraction}");
                    if whole.is_empty() && fraction.is_empty() {
                        continue; // "" and "-": refused below
                    }
                    match parse_decimal(&text) {
                        Some(value) => {
                            assert_eq!(value.to_bits(), text.parse::<f64>().unwrap().to_bits(), "{text}");
                            checked += 1;
                        }
                        // Only numbers past the exact mantissa may be refused.
                        None => assert!(text.replace(['-', '.'], "").len() > 15, "{text} refused"),
                    }
                }
            }
        }
        assert!(checked > 130, "{checked}");
    }

    #[test]
    fn refuses_what_it_cannot_read_exactly() {
        for text in [
            "",
            "-",
            ".",
            "-.",
            "5.",
            "1e3",
            "1E-2",
            "+1",
            "0x10",
            "1.2.3",
            "12a",
            "9007199254740993",
            "1.0000000000000001",
        ] {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
        assert_eq!(parse_decimal("-0").map(f64::is_sign_negative), Some(true));
    }
}
