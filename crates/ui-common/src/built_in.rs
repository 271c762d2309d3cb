//! The data compiled into a widget (the quiz bank, the events, the signatories): parsed once per
//! page and shared by every instance. The native tests parse the same files, so a failure here
//! means a broken build, not bad input: it is logged and the widget gets empty data, never a
//! panic.

use std::rc::Rc;

/// Declares `fn $name() -> Rc<$ty>`, parsing with `$parse` (a `Result<$ty, String>`) the first
/// time it is called on a page and falling back to `$empty` (logged) if that fails.
#[macro_export]
macro_rules! built_in_data {
    ($(#[$meta:meta])* $vis:vis fn $name:ident() -> $ty:ty { tag: $tag:expr, parse: $parse:expr, empty: $empty:expr $(,)? }) => {
        $(#[$meta])*
        $vis fn $name() -> ::std::rc::Rc<$ty> {
            ::std::thread_local! {
                static DATA: ::std::rc::Rc<$ty> = $crate::built_in::parsed_or($tag, $parse, $empty);
            }
            DATA.with(::std::rc::Rc::clone)
        }
    };
}

/// `parsed`, or `empty()` with the error on the console.
pub fn parsed_or<T>(tag: &str, parsed: Result<T, String>, empty: impl FnOnce() -> T) -> Rc<T> {
    Rc::new(parsed.unwrap_or_else(|e| {
        crate::console::error(tag, &format!("built-in data: {e}"));
        empty()
    }))
}
