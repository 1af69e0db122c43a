//! `monitis api ACTION [KEY=VALUE ...]`: any action of the API, as `gh api` and `stripe
//! get|post` make any call, signed with the current credentials; the answer as it came.

use std::path::Path;

use clap::Args;
use serde_json::json;

use super::{Context, Ending, Outcome, input};
use crate::api::{self, HttpMethod};
use crate::error::{Error, Result};
use crate::output::Output;

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// The action, as the protocol names it (`clients`, `suspendExternalMonitor`, ...)
    action: String,
    /// Its parameters; `KEY=@FILE` reads the value from a file, `KEY=@-` from stdin
    /// (secrets such as password must come so, never on the command line)
    #[arg(value_name = "KEY=VALUE")]
    params: Vec<String>,
    /// Send it with this method [default: the hosted API's for its actions (GET for the
    /// reads, POST for the changes); needed for an action the catalog does not have]
    #[arg(long, value_enum, value_name = "METHOD")]
    method: Option<HttpMethod>,
}

pub async fn run(ctx: &Context, args: ApiArgs) -> Result<Outcome> {
    let method = args
        .method
        .or_else(|| api::known_method(&args.action))
        .ok_or_else(|| {
            Error::Usage(format!(
                "{:?} is not an action of the hosted API or the platform, so the CLI cannot tell a read from a change: give --method GET or --method POST (docs/protocol-coverage.md lists the actions)",
                args.action
            ))
        })?;
    let params = params(&args.params)?;
    match ctx.api().await?.raw(method, &args.action, params).await {
        Ok(answer) => Ok(Output::Json(answer).into()),
        // The API's refusal is an answer too: printed as it came, the exit as for any
        // command (1, or 4 for an authentication code), the message on stderr.
        Err(err @ Error::Api { .. }) => {
            let Error::Api { code, message } = &err else {
                unreachable!("matched above")
            };
            let answer = json!({"error": message, "errorCode": code.number()});
            ctx.ui.error(&err);
            Ok(Outcome {
                output: Output::Json(answer),
                ending: Ending::Failed(err.exit_code_number()),
            })
        }
        Err(err) => Err(err),
    }
}

/// `KEY=VALUE` pairs as sent, values from files or stdin where asked (`KEY=@FILE`).
fn params(given: &[String]) -> Result<Vec<(String, String)>> {
    let mut stdin_taken = false;
    given
        .iter()
        .enumerate()
        .map(|(i, pair)| {
            // Not quoted: a mistyped pair may hold a secret.
            let Some((key, value)) = pair.split_once('=').filter(|(k, _)| !k.is_empty()) else {
                return Err(Error::Usage(format!(
                    "parameter {} is not KEY=VALUE: give each parameter as key=value",
                    i + 1
                )));
            };
            if api::RESERVED_PARAMS.contains(&key) {
                return Err(Error::Usage(format!(
                    "{key} is the CLI's to send: it signs every call with the current credentials; leave {key}= out"
                )));
            }
            let value = match value.strip_prefix('@') {
                Some("-") if stdin_taken => {
                    return Err(Error::Usage(
                        "only one parameter can be read from stdin (KEY=@-)".into(),
                    ));
                }
                Some("-") => {
                    stdin_taken = true;
                    input::stdin_secret()?.expose().to_string()
                }
                Some(path) => file_value(Path::new(path))?,
                None if api::is_secret(key) => {
                    return Err(Error::Usage(format!(
                        "{key} would show in the process list and shell history: give {key}=@FILE or {key}=@- (stdin) instead"
                    )));
                }
                None => value.to_string(),
            };
            Ok((key.to_string(), value))
        })
        .collect()
}

/// A value from a file: one line, its line ending dropped.
fn file_value(path: &Path) -> Result<String> {
    // A FIFO (`KEY=@<(pass show x)`) waits on its writer.
    let text = input::blocking(|| std::fs::read_to_string(path))
        .map_err(|e| Error::Usage(format!("cannot read {}: {e}", path.display())))?;
    Ok(input::one_line(text, &path.display().to_string())?
        .expose()
        .to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(given: &[&str]) -> Result<Vec<(String, String)>> {
        params(&given.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parameters_are_key_value_and_secrets_never_argv() {
        assert_eq!(
            pairs(&["monitorIds=1,2", "note=a=b"]).unwrap(),
            [
                ("monitorIds".to_string(), "1,2".to_string()),
                ("note".to_string(), "a=b".to_string())
            ]
        );
        for bad in ["monitorIds", "=1", "apikey=K", "checksum=x"] {
            assert!(matches!(pairs(&[bad]), Err(Error::Usage(_))), "{bad}");
        }
        let err = pairs(&["password=hunter2"]).unwrap_err().to_string();
        assert!(
            err.contains("password=@FILE") && !err.contains("hunter2"),
            "{err}"
        );
    }
}
