//! `--jq`: a built-in jq (jaq), so scripts need no jq binary.

use std::io::{self, Write};

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

/// Runs `expr` over `input` and writes each result on its own line: strings raw (as
/// `jq -r` and `gh --jq` do), everything else as compact JSON. A filter that fails on
/// this input is `InvalidInput`, not a failure to write.
pub fn run(out: &mut dyn Write, expr: &str, input: Value) -> io::Result<()> {
    let values = eval(expr, input).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    for value in values {
        match value {
            Value::String(s) => writeln!(out, "{s}")?,
            other => writeln!(out, "{other}")?,
        }
    }
    Ok(())
}

type Filter = jaq_core::Filter<data::JustLut<Val>>;

/// Parses and compiles a jq expression, or names what is wrong with it; the CLI checks
/// `--jq` this way before a command runs.
pub fn compile(expr: &str) -> Result<Filter, String> {
    let program = File {
        code: expr,
        path: (),
    };
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let arena = Arena::default();
    let modules = Loader::new(defs)
        .load(&arena, program)
        .map_err(|errs| format!("--jq: cannot parse {expr:?} ({} error(s))", errs.len()))?;
    Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errs| format!("--jq: cannot compile {expr:?} ({} error(s))", errs.len()))
}

/// The results of a jq expression over `input`.
pub fn eval(expr: &str, input: Value) -> Result<Vec<Value>, String> {
    let filter = compile(expr)?;
    let input = jaq_json::read::parse_single(input.to_string().as_bytes())
        .map_err(|e| format!("--jq: bad input: {e}"))?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    filter
        .id
        .run((ctx, input))
        .map(unwrap_valr)
        .map(|result| {
            let val = result.map_err(|e| format!("--jq: {e}"))?;
            serde_json::from_str(&val.to_string()).map_err(|e| format!("--jq: {e}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn filters_and_prints_strings_raw() {
        let input = json!([{"id": 1, "account": "a@x.io"}, {"id": 2, "account": "b@x.io"}]);
        let mut out = Vec::new();
        run(&mut out, ".[] | select(.id > 1) | .account", input.clone()).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "b@x.io\n");
        assert_eq!(eval("map(.id) | add", input).unwrap(), vec![json!(3)]);
    }

    #[test]
    fn a_bad_expression_is_an_error_naming_it() {
        let err = eval(".[", json!(null)).unwrap_err();
        assert!(err.contains("cannot parse \".[\""), "{err}");
    }
}
