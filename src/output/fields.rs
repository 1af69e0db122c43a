//! The field names of a record type, from its `Deserialize` impl: what `--columns` and
//! `-o json` can name, so that no list of them is written by hand.

use serde::de::{self, Deserializer, Visitor};

/// The field names a record type (de)serialises, as its `Deserialize` impl declares
/// them (renames applied); empty for anything but a plain struct.
pub fn fields_of<T: de::Deserialize<'static>>() -> Vec<&'static str> {
    /// Answers the one question a derived `Deserialize` asks first: which fields.
    struct Names(&'static [&'static str]);

    impl<'de> Deserializer<'de> for &mut Names {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("only the field names are asked"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, Self::Error> {
            self.0 = fields;
            self.deserialize_any(visitor)
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }

    let mut names = Names(&[]);
    let _ = T::deserialize(&mut names);
    names.0.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_come_from_the_record_type_with_its_renames() {
        assert_eq!(
            fields_of::<monitis_core::protocol::model::OneTimePurchase>(),
            ["id", "clientId", "code", "quantity", "used", "createdAt"]
        );
        assert!(fields_of::<String>().is_empty());
    }
}
