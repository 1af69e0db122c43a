//! A row's CSV and TSV cells straight from its `Serialize`, without building a `Value`
//! for every row of a streamed list.
//!
//! Only a struct whose named fields are plain (text, numbers, booleans, nulls, unit enum
//! variants) is written this way; anything else (an object or array in a named field, a
//! map, a dotted column) is reported as not flat, and the caller looks the cells up in the
//! row's value as `write_csv_row` does. The text of each cell is the one `cell_text`
//! gives the same field of the value, so both paths write the same bytes.

use std::fmt::{self, Write as _};

use serde::ser::{self, Impossible, Serialize, SerializeStruct, Serializer};

/// The cells of one row, for columns named by top-level fields; reused row after row.
pub(super) struct Cells {
    keys: Vec<String>,
    texts: Vec<String>,
    /// Whether the row has a field of that name (`null` counts: the field exists).
    found: Vec<bool>,
    /// For the n-th field a row serialises, its name and the cells it fills: rows of
    /// one type name their fields alike (the same static strings), so the names are
    /// compared with the keys once, not in every row.
    plan: Vec<(&'static str, Vec<usize>)>,
}

impl Cells {
    /// Cells for these field names, or `None` when one is a path into a nested object.
    pub fn new(keys: Vec<String>) -> Option<Cells> {
        if keys.iter().any(|k| k.contains('.')) {
            return None;
        }
        let n = keys.len();
        Some(Cells {
            keys,
            texts: vec![String::new(); n],
            found: vec![false; n],
            plan: Vec::new(),
        })
    }

    /// Fills the cells from `row`; false when the row is not a struct of plain named
    /// fields, and the cells are then not to be used.
    pub fn fill<T: Serialize + ?Sized>(&mut self, row: &T) -> bool {
        self.texts.iter_mut().for_each(String::clear);
        self.found.iter_mut().for_each(|f| *f = false);
        row.serialize(Row(self, 0)).is_ok()
    }

    pub fn texts(&self) -> &[String] {
        &self.texts
    }

    /// Whether the last row filled has a field named `key`.
    pub fn has(&self, key: &str) -> bool {
        (self.keys.iter().zip(&self.found)).any(|(k, found)| k == key && *found)
    }
}

/// Anything the direct path does not write; the value path does.
#[derive(Debug)]
pub(super) struct NotFlat;

impl fmt::Display for NotFlat {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("not a struct of plain fields")
    }
}

impl std::error::Error for NotFlat {}

impl ser::Error for NotFlat {
    fn custom<M: fmt::Display>(_: M) -> NotFlat {
        NotFlat
    }
}

/// The row itself: a struct, or not flat; with the number of fields it has given.
struct Row<'a>(&'a mut Cells, usize);

/// The serializer methods that refuse: everything but the ones a caller lists.
macro_rules! not_flat {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ok, NotFlat> { Err(NotFlat) })*
    };
}

/// The compound types a flat row or cell never is.
macro_rules! no_compounds {
    () => {
        type SerializeSeq = Impossible<(), NotFlat>;
        type SerializeTuple = Impossible<(), NotFlat>;
        type SerializeTupleStruct = Impossible<(), NotFlat>;
        type SerializeTupleVariant = Impossible<(), NotFlat>;
        type SerializeMap = Impossible<(), NotFlat>;
        type SerializeStructVariant = Impossible<(), NotFlat>;
        not_flat! {
            serialize_bytes(&[u8]) -> ();
            serialize_seq(Option<usize>) -> Self::SerializeSeq;
            serialize_tuple(usize) -> Self::SerializeTuple;
            serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
            serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
            serialize_map(Option<usize>) -> Self::SerializeMap;
            serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
        }
        fn serialize_newtype_variant<V: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &V,
        ) -> Result<(), NotFlat> {
            Err(NotFlat)
        }
    };
}

impl<'a> Serializer for Row<'a> {
    type Ok = ();
    type Error = NotFlat;
    type SerializeStruct = Row<'a>;
    no_compounds!();
    not_flat! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> (); serialize_i16(i16) -> (); serialize_i32(i32) -> (); serialize_i64(i64) -> ();
        serialize_u8(u8) -> (); serialize_u16(u16) -> (); serialize_u32(u32) -> (); serialize_u64(u64) -> ();
        serialize_f32(f32) -> (); serialize_f64(f64) -> ();
        serialize_char(char) -> (); serialize_str(&str) -> ();
        serialize_none() -> (); serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
    }
    fn serialize_some<V: Serialize + ?Sized>(self, _: &V) -> Result<(), NotFlat> {
        Err(NotFlat)
    }
    fn serialize_newtype_struct<V: Serialize + ?Sized>(
        self,
        _: &'static str,
        row: &V,
    ) -> Result<(), NotFlat> {
        row.serialize(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Row<'a>, NotFlat> {
        Ok(self)
    }
}

impl SerializeStruct for Row<'_> {
    type Ok = ();
    type Error = NotFlat;

    fn serialize_field<V: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &V,
    ) -> Result<(), NotFlat> {
        let Cells {
            keys,
            texts,
            found,
            plan,
        } = &mut *self.0;
        let n = self.1;
        self.1 += 1;
        if plan
            .get(n)
            .is_none_or(|(name, _)| !std::ptr::eq(*name, key))
        {
            let targets = (keys.iter().enumerate())
                .filter(|(_, k)| *k == key)
                .map(|(i, _)| i)
                .collect();
            plan.truncate(n);
            plan.push((key, targets));
        }
        for &i in &plan[n].1 {
            found[i] = true;
            value.serialize(Text(&mut texts[i]))?;
        }
        Ok(())
    }

    fn end(self) -> Result<(), NotFlat> {
        Ok(())
    }
}

/// One cell's text, as `write_csv_row` writes the field's value: a string as it is (with
/// a `'` before one a spreadsheet would run as a formula), `null` as nothing, a number or
/// boolean as JSON writes it.
struct Text<'a>(&'a mut String);

impl Text<'_> {
    fn display(self, v: impl fmt::Display) -> Result<(), NotFlat> {
        write!(self.0, "{v}").map_err(|_| NotFlat)
    }

    fn integer(self, v: impl itoa::Integer) -> Result<(), NotFlat> {
        self.0.push_str(itoa::Buffer::new().format(v));
        Ok(())
    }

    /// JSON's own text of a float (and `null`, so nothing, for one JSON cannot hold).
    fn float<F: Serialize>(self, v: F) -> Result<(), NotFlat> {
        match serde_json::to_value(v).map_err(|_| NotFlat)? {
            serde_json::Value::Null => Ok(()),
            number => self.display(number),
        }
    }
}

impl Serializer for Text<'_> {
    type Ok = ();
    type Error = NotFlat;
    type SerializeStruct = Impossible<(), NotFlat>;
    no_compounds!();
    not_flat! {
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
    }

    fn serialize_bool(self, v: bool) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), NotFlat> {
        self.integer(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), NotFlat> {
        self.integer(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), NotFlat> {
        self.integer(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), NotFlat> {
        self.integer(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), NotFlat> {
        self.integer(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), NotFlat> {
        self.integer(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), NotFlat> {
        self.integer(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), NotFlat> {
        self.integer(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), NotFlat> {
        self.float(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), NotFlat> {
        self.float(v)
    }
    fn serialize_char(self, v: char) -> Result<(), NotFlat> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), NotFlat> {
        if super::delimited::starts_a_formula(v) {
            self.0.push('\'');
        }
        self.0.push_str(v);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), NotFlat> {
        Ok(())
    }
    fn serialize_some<V: Serialize + ?Sized>(self, v: &V) -> Result<(), NotFlat> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), NotFlat> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), NotFlat> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), NotFlat> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<V: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &V,
    ) -> Result<(), NotFlat> {
        v.serialize(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    enum Kind {
        RumMonitor,
    }

    #[derive(Serialize)]
    struct Plain {
        a: i64,
        b: Option<String>,
        c: Kind,
        d: f64,
        e: bool,
    }

    fn keys(keys: &[&str]) -> Vec<String> {
        keys.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn plain_fields_become_the_text_of_their_json() {
        let mut cells = Cells::new(keys(&["e", "a", "b", "c", "d", "zz", "a"])).unwrap();
        let row = Plain {
            a: -7,
            b: None,
            c: Kind::RumMonitor,
            d: 1.0,
            e: true,
        };
        assert!(cells.fill(&row));
        assert_eq!(
            cells.texts(),
            ["true", "-7", "", "rumMonitor", "1.0", "", "-7"]
        );
        assert!(cells.has("b") && !cells.has("zz"));
        let row = Plain {
            b: Some("x,y".into()),
            d: f64::NAN,
            ..row
        };
        assert!(cells.fill(&row));
        assert_eq!(
            cells.texts(),
            ["true", "-7", "x,y", "rumMonitor", "", "", "-7"]
        );
        // Text a spreadsheet would run gets a quote before it; the number -7 does not.
        let row = Plain {
            b: Some("=HYPERLINK(\"x\")".into()),
            ..row
        };
        assert!(cells.fill(&row));
        assert_eq!(cells.texts()[1..3], ["-7", "'=HYPERLINK(\"x\")"]);
    }

    #[test]
    fn a_field_left_out_of_one_row_does_not_shift_the_next_ones() {
        #[derive(Serialize)]
        struct Sparse {
            #[serde(skip_serializing_if = "Option::is_none")]
            a: Option<i64>,
            b: i64,
        }
        let mut cells = Cells::new(keys(&["b", "a"])).unwrap();
        for (a, b, texts) in [
            (Some(1), 2, ["2", "1"]),
            (None, 3, ["3", ""]),
            (Some(4), 5, ["5", "4"]),
        ] {
            assert!(cells.fill(&Sparse { a, b }));
            assert_eq!(cells.texts(), texts);
            assert_eq!(cells.has("a"), a.is_some());
        }
    }

    #[test]
    fn rows_that_are_not_flat_are_refused() {
        #[derive(Serialize)]
        struct Nested {
            a: Vec<i64>,
            b: i64,
        }
        let mut cells = Cells::new(keys(&["a", "b"])).unwrap();
        assert!(!cells.fill(&Nested { a: vec![1], b: 2 }));
        // A field no column names may be anything.
        let mut only_b = Cells::new(keys(&["b"])).unwrap();
        assert!(only_b.fill(&Nested { a: vec![1], b: 2 }));
        assert_eq!(only_b.texts(), ["2"]);
        assert!(!cells.fill(&serde_json::json!({"a": 1})));
        assert!(Cells::new(keys(&["plan.name"])).is_none());
    }
}
