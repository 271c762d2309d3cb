//! Data that components share, compared by identity.

use std::ops::Deref;
use std::rc::Rc;

/// A data file (the map's signatories, its geometry, a quiz bank) shared by components, compared
/// by identity. As a prop or a memo's dependency, an `Rc<T>` compares contents (every time for a
/// type with floats, such as the geometry; for an `Eq` type when the pointers differ), and that
/// comparison is compiled into the wasm for each such type (the signatories' alone was ~1 KB).
/// New data always comes in a new `Rc`. Holding it also keeps its address from going to later
/// data, which would then look the same.
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;
    use std::rc::Rc;

    #[test]
    fn equal_only_when_the_same() {
        let a = Shared(Rc::new(vec![1, 2]));
        assert!(a == a.clone());
        assert!(a != Shared(Rc::new(vec![1, 2])), "equal contents in another Rc are new data");
        assert_eq!(a.len(), 2);
    }
}
