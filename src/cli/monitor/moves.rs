//! Moving monitors between orders (R7), shared by `monitor move` and `rum rebalance`:
//! reading monitor ids, checking each move before sending it, and sending the moves in
//! batches with bounded concurrency.
//!
//! Why batches to one target may run concurrently: the precheck reserves slots and
//! pageviews for the whole accepted set at once, and every batch only adds monitors to
//! its target. Any subset of the set, in any order, therefore fits in the target too,
//! so no batch can take a slot another one needs, and no batch pushes the target over
//! its quota on the way (the planner gives its plans the same property). The server
//! still validates every item; what someone else changes meanwhile shows up as a failed
//! item that a re-run retries.

use futures_util::{StreamExt, stream};
use std::collections::{HashMap, HashSet};

use clap::Args;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::{ApiClient, MAX_VALUE_BYTES, MonitorFilter};
use crate::cli::input::{self, Input};
use crate::error::{Error, Result};
use crate::output::{Column, Output, Progress, Ui};
use monitis_core::domain::rules::{self, MoveCandidate, Quota, Refusal};
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::{AccountKind, Monitor, MonitorType, Order};

/// How moves are sent.
#[derive(Debug, Clone, Copy, Args)]
pub struct Batching {
    /// Monitors per BulkChangeMonitorOrder request, at most: fewer when their ids would
    /// not fit in one parameter (256 KiB). The server re-evaluates the quotas of the
    /// orders involved once per request, so fewer, larger requests are faster
    /// (docs/benchmarks.md)
    #[arg(long, default_value_t = 25_000, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=50_000))]
    pub batch_size: u32,
    /// Requests in flight at once
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=32))]
    pub concurrency: u32,
}

/// What became of one monitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MoveStatus {
    /// This command moved it.
    Moved,
    /// It was in the target order already.
    Unchanged,
    /// Not sent: the precheck found the move invalid.
    Refused,
    /// Sent, and the API refused it or did not answer.
    Failed,
    /// This command moved it, but another one moved it on before this one ended: it is
    /// not in the target (the last move wins; `reason` names where it is).
    Overtaken,
}

/// One monitor's result, as printed (`Deserialize` tells `--columns` its fields). The
/// fields are in key order, so the results are written without a JSON value each
/// ([`Output::rows`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoveReport {
    pub error_code: Option<u32>,
    /// Where the monitor was before (unknown for a monitor that was not found).
    pub from_order: Option<i64>,
    pub monitor_id: i64,
    pub reason: Option<String>,
    pub result: MoveStatus,
    pub to_order: i64,
}

impl MoveReport {
    fn new(id: i64, from: Option<i64>, to: i64, result: MoveStatus) -> MoveReport {
        MoveReport {
            monitor_id: id,
            from_order: from,
            to_order: to,
            result,
            reason: None,
            error_code: None,
        }
    }

    /// A move that was not sent (`refused`), and why.
    pub fn not_sent(s: &Send, reason: &str) -> MoveReport {
        let mut report = MoveReport::new(
            s.monitor_id,
            Some(s.from_order),
            s.to_order,
            MoveStatus::Refused,
        );
        report.reason = Some(reason.to_string());
        report
    }

    fn because(mut self, code: ErrorCode, reason: String) -> MoveReport {
        self.reason = Some(reason);
        self.error_code = Some(code.number());
        self
    }
}

/// A move to send: the monitor, where it is, where it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Send {
    pub monitor_id: i64,
    pub from_order: i64,
    pub to_order: i64,
}

/// Monitor ids from bulk input: one id per line (the first tab- or comma-separated
/// field, so the TSV or CSV that `monitor list` prints works too, its header skipped;
/// blank lines and `#` comments are skipped), or JSON: the array `monitor list -o json` prints, NDJSON, or objects with
/// `id` or `monitorId` (move results). Repeated ids count once; at most
/// [`input::MAX_ITEMS`] are taken, and lines are read as they come. No id at all is no
/// error: a re-run of `monitor list | monitor move --bulk` once the list is empty.
pub fn read_ids(mut input: Input) -> Result<Vec<i64>> {
    let mut ids = Vec::new();
    while let Some(line) = input.next_line()? {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if ids.is_empty() && (line.starts_with('[') || line.starts_with('{')) {
            let text = format!("{line}\n{}", input.text(usize::MAX)?);
            ids = json_ids(&text)?;
            break;
        }
        let field = line.split(['\t', ',']).next().unwrap_or(line).trim();
        // The header of `monitor list -o tsv|csv` (or of move results) names the field.
        if ids.is_empty() && ["id", "monitorId"].contains(&field) {
            continue;
        }
        let id = validate::id(field).map_err(|_| {
            Error::Usage(format!(
                "{} line {}: {} is not a monitor id (digits without a sign or leading zeros); give one id per line, or the JSON of `monitis monitor list -o json`",
                input.name(),
                input.line_number(),
                input::prefix(line)
            ))
        })?;
        ids.push(id);
        // Counted as given, repeats included: `yes 6` is refused as soon as it is too long.
        too_many(ids.len())?;
    }
    too_many(ids.len())?;
    let mut seen = HashSet::new();
    Ok(ids.into_iter().filter(|id| seen.insert(*id)).collect())
}

fn too_many(count: usize) -> Result<()> {
    if count > input::MAX_ITEMS {
        return Err(Error::Usage(format!(
            "more than {} monitor ids in the input, the most one run moves: split the input and run once per part",
            input::MAX_ITEMS
        )));
    }
    Ok(())
}

fn json_ids(text: &str) -> Result<Vec<i64>> {
    let bad = |e: &dyn std::fmt::Display| {
        Error::Usage(format!(
            "the input is not valid JSON ({e}); give the JSON of `monitis monitor list -o json`, NDJSON, or one id per line"
        ))
    };
    let mut values = Vec::new();
    for value in serde_json::Deserializer::from_str(text).into_iter::<Value>() {
        match value.map_err(|e| bad(&e))? {
            Value::Array(items) => values.extend(items),
            other => values.push(other),
        }
    }
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let id = match v {
                Value::Object(map) => map.get("id").or_else(|| map.get("monitorId")),
                number => Some(number),
            };
            id.and_then(Value::as_i64).ok_or_else(|| {
                Error::Usage(format!(
                    "input item {}: {} has no monitor id (a number, or an object with \"id\" or \"monitorId\")",
                    i + 1,
                    short(v)
                ))
            })
        })
        .collect()
}

fn short(value: &Value) -> String {
    monitis_core::text::truncate(&value.to_string(), 80).into_owned()
}

/// Decides each requested move before anything is sent, in input order, as R6 and R7
/// will: `known` are the monitors the caller can see (those of the target's client at
/// least). R7 is the rules module's own check, so a move refused here carries the reason
/// the API would give. Slots and pageviews are reserved as moves are accepted, so the
/// accepted set fits as a whole. Returns the reports of monitors not to send (unchanged
/// or refused) and the moves to send.
pub fn precheck(
    target: &Order,
    known: &[Monitor],
    ids: &[i64],
    allow_overflow: bool,
) -> (Vec<MoveReport>, Vec<Send>) {
    let by_id: HashMap<i64, &Monitor> = known.iter().map(|m| (m.id, m)).collect();
    let mut linked: HashMap<MonitorType, u64> = HashMap::new();
    let mut used = 0u64;
    for m in known.iter().filter(|m| m.order_id == target.id) {
        *linked.entry(m.kind).or_default() += 1;
        if m.kind == MonitorType::Rum {
            used = used.saturating_add(m.pageviews);
        }
    }
    let to = target.id;
    let mut reports = Vec::new();
    let mut sends = Vec::new();
    for &id in ids {
        let m = by_id.get(&id).copied();
        let report = |status| MoveReport::new(id, m.map(|m| m.order_id), to, status);
        // The CLI may run with a client's keys without knowing it (environment
        // credentials say nothing of the account's kind), so it checks as the reseller:
        // that only skips R3, which the server applies to every item it is sent.
        let candidate = m.map(MoveCandidate::of);
        let r7 = rules::validate_move(
            AccountKind::Reseller,
            target,
            &linked,
            candidate.as_ref(),
            id,
        );
        let checked = match (r7, m) {
            (Ok(true), _) => Ok(None),
            (Ok(false), Some(m)) => {
                headroom(target, used, m, allow_overflow).map(|after| Some((m, after)))
            }
            (Ok(false), None) => unreachable!("R7 refuses a monitor it was not given"),
            (Err(refusal), _) => Err(refusal),
        };
        match checked {
            Ok(None) => reports.push(report(MoveStatus::Unchanged)),
            Ok(Some((m, after))) => {
                used = after;
                *linked.entry(m.kind).or_default() += 1;
                sends.push(Send {
                    monitor_id: id,
                    from_order: m.order_id,
                    to_order: to,
                });
            }
            Err(refusal) => {
                reports.push(report(MoveStatus::Refused).because(refusal.code, refusal.message))
            }
        }
    }
    (reports, sends)
}

/// The monitors the precheck needs, read without reading the whole account: the target
/// client's (the target's linked monitors and every monitor that may move there), and
/// those of `ids` not among them, so that a refusal gives the API's reason.
pub async fn known_monitors(api: &ApiClient, target: &Order, ids: &[i64]) -> Result<Vec<Monitor>> {
    let own = MonitorFilter {
        client_id: Some(target.client_id),
        ..MonitorFilter::default()
    };
    let mut known = api.monitors(&own).await?;
    let have: HashSet<i64> = known.iter().map(|m| m.id).collect();
    let others: Vec<i64> = ids
        .iter()
        .copied()
        .filter(|id| !have.contains(id))
        .collect();
    known.extend(api.monitors_by_ids(&others).await?);
    Ok(known)
}

/// The CLI's own check, beyond R7: a RUM monitor moves only while the target's pageviews
/// stay within its quota (`used` so far), unless `--allow-overflow`; the server would
/// accept the move and then suspend all the target's RUM monitors (R6). Returns the
/// target's pageviews after the move.
fn headroom(target: &Order, used: u64, m: &Monitor, allow_overflow: bool) -> Result<u64, Refusal> {
    if m.kind != MonitorType::Rum {
        return Ok(used);
    }
    let after = used.saturating_add(m.pageviews);
    let ordered = target.quantity("rumPageviews");
    if rules::rum_quota(ordered, after) == Quota::Suspend && !allow_overflow {
        return Err(Refusal::new(
            ErrorCode::MoveRefused,
            format!(
                "would put order {} over its pageview quota: {after} of {ordered} (R6 would suspend its RUM monitors); --allow-overflow moves it anyway",
                target.id
            ),
        ));
    }
    Ok(after)
}

/// Sends the moves with `BulkChangeMonitorOrder`, one target per request, in batches of
/// `batching.batch_size` with at most `batching.concurrency` requests in flight.
///
/// Every move sent had its monitor outside the target when it was read, so the API's
/// `unchanged` means a retried request whose first answer was lost had moved it: it is
/// reported `moved`. At the end the monitors are read back once: those of a request that
/// failed altogether and are in their target were moved; those moved but since moved on
/// by someone else between this run's requests (another run moving the same monitors)
/// are `overtaken`. A run of one request answered in full has nothing to settle and no
/// "between", so it reads nothing back (a move made after its one answer is simply the
/// last move).
pub async fn send(api: &ApiClient, ui: &Ui, sends: &[Send], batching: Batching) -> Vec<MoveReport> {
    let mut groups: Vec<(i64, Vec<Send>)> = Vec::new();
    for s in sends {
        match groups.iter_mut().find(|(to, _)| *to == s.to_order) {
            Some((_, group)) => group.push(*s),
            None => groups.push((s.to_order, vec![*s])),
        }
    }
    let batches: Vec<(i64, &[Send])> = groups
        .iter()
        .flat_map(|(to, group)| {
            batches(group, batching.batch_size as usize)
                .into_iter()
                .map(move |batch| (*to, batch))
        })
        .collect();
    let progress = Progress::new(ui, sends.len() as u64, "moving monitors");
    // At most `--concurrency` batches in flight, answers in the batches' order.
    let answers: Vec<_> = stream::iter(batches)
        .map(|(to, batch)| {
            let progress = &progress;
            async move {
                let ids: Vec<i64> = batch.iter().map(|s| s.monitor_id).collect();
                let answer = api.bulk_change_monitor_order(&ids, to).await;
                progress.advance(batch.len() as u64);
                (batch, answer)
            }
        })
        .buffered(batching.concurrency as usize)
        .collect()
        .await;
    progress.finish();

    let requests = answers.len();
    // Whether an answer left a monitor's fate open (a lost answer, an id left out).
    let mut open = false;
    let mut reports = Vec::with_capacity(sends.len());
    for (batch, answer) in answers {
        let report = |s: &Send, status| {
            MoveReport::new(s.monitor_id, Some(s.from_order), s.to_order, status)
        };
        match answer {
            Ok(bulk) => {
                let done: HashSet<i64> =
                    bulk.moved.iter().chain(&bulk.unchanged).copied().collect();
                let failed: HashMap<i64, _> =
                    bulk.failed.iter().map(|f| (f.monitor_id, f)).collect();
                for s in batch {
                    reports.push(if done.contains(&s.monitor_id) {
                        report(s, MoveStatus::Moved)
                    } else if let Some(f) = failed.get(&s.monitor_id) {
                        let mut r = report(s, MoveStatus::Failed);
                        r.reason = Some(f.error.clone());
                        r.error_code = Some(f.error_code);
                        r
                    } else {
                        open = true;
                        let mut r = report(s, MoveStatus::Failed);
                        r.reason = Some("missing from the API's answer; re-run to finish".into());
                        r
                    });
                }
            }
            Err(err) => {
                open = true;
                let code = match &err {
                    Error::Api { code, .. } => Some(code.number()),
                    _ => None,
                };
                for s in batch {
                    let mut r = report(s, MoveStatus::Failed);
                    r.reason = Some(err.to_string());
                    r.error_code = code;
                    reports.push(r);
                }
            }
        }
    }
    if open || requests > 1 {
        match read_back(api, &reports).await {
            Ok(now) => settle(&now, &mut reports),
            Err(err) => ui.warn(format!(
                "could not read the monitors back ({err}); some reported failed may have moved, and another run may have moved some on: re-run the same command to finish"
            )),
        }
    }
    reports
}

/// Where the monitors of `reports` are now (monitor id to order id), in as few requests
/// as it takes: by id ([`Client::monitors_by_ids`], a few hundred per request), or, when
/// that takes more requests, one listing per target order (`orderId`: one request
/// however many monitors it holds; a bulk move of 10,000 has one target), then by id
/// only those not found in their target (usually none; their reason names where they are).
async fn read_back(api: &ApiClient, reports: &[MoveReport]) -> Result<HashMap<i64, i64>> {
    let mut now = HashMap::new();
    let targets: HashSet<i64> = reports.iter().map(|r| r.to_order).collect();
    if targets.len() >= ApiClient::reads_by_ids(reports.len()) {
        let ids: Vec<i64> = reports.iter().map(|r| r.monitor_id).collect();
        let found = api.monitors_by_ids(&ids).await?;
        return Ok(found.iter().map(|m| (m.id, m.order_id)).collect());
    }
    for to in targets {
        let there = MonitorFilter {
            order_id: Some(to),
            ..MonitorFilter::default()
        };
        now.extend(
            api.monitors(&there)
                .await?
                .iter()
                .map(|m| (m.id, m.order_id)),
        );
    }
    let elsewhere: Vec<i64> = (reports.iter())
        .map(|r| r.monitor_id)
        .filter(|id| !now.contains_key(id))
        .collect();
    now.extend((api.monitors_by_ids(&elsewhere).await?.iter()).map(|m| (m.id, m.order_id)));
    Ok(now)
}

/// Splits one target's moves into requests of at most `size` monitors whose
/// `monitorIds`, once form-encoded (a comma is `%2C`), stays within what one parameter
/// may carry ([`MAX_VALUE_BYTES`]): 29,000 six-digit ids at most.
fn batches(moves: &[Send], size: usize) -> Vec<&[Send]> {
    let digits = |id: i64| {
        id.unsigned_abs()
            .checked_ilog10()
            .map_or(1, |d| d as usize + 1)
            + usize::from(id < 0)
    };
    let (mut out, mut start, mut bytes) = (Vec::new(), 0, 0);
    for (i, s) in moves.iter().enumerate() {
        let more = digits(s.monitor_id) + 3;
        if i > start && (i - start == size || bytes + more > MAX_VALUE_BYTES) {
            out.push(&moves[start..i]);
            start = i;
        }
        bytes = if i == start { more - 3 } else { bytes + more };
    }
    if start < moves.len() {
        out.push(&moves[start..]);
    }
    out
}

/// Brings the reports in line with where the monitors are now (`now`: monitor id to
/// order id): a failed request's monitors in their target were moved; a moved monitor in
/// another order was overtaken.
fn settle(now: &HashMap<i64, i64>, reports: &mut [MoveReport]) {
    for r in reports.iter_mut() {
        let here = now.get(&r.monitor_id).copied();
        match r.result {
            MoveStatus::Failed if here == Some(r.to_order) => {
                r.result = MoveStatus::Moved;
                r.reason = None;
                r.error_code = None;
            }
            MoveStatus::Moved if here != Some(r.to_order) => {
                r.result = MoveStatus::Overtaken;
                r.reason = Some(match here {
                    Some(order) => format!(
                        "moved, then moved on to order {order} by another change (the last move wins)"
                    ),
                    None => "moved, then deleted by another change".into(),
                });
            }
            _ => {}
        }
    }
}

/// Counts per result, for the summary line on stderr.
pub fn summary(reports: &[MoveReport]) -> String {
    let count = |s| reports.iter().filter(|r| r.result == s).count();
    let mut text = format!(
        "moved {}, unchanged {}, refused {}, failed {}",
        count(MoveStatus::Moved),
        count(MoveStatus::Unchanged),
        count(MoveStatus::Refused),
        count(MoveStatus::Failed)
    );
    let overtaken = count(MoveStatus::Overtaken);
    if overtaken > 0 {
        text.push_str(&format!(
            ", overtaken {overtaken} (moved on by another change)"
        ));
    }
    text
}

/// Whether any monitor was not moved where it was asked to go.
pub fn any_failed(reports: &[MoveReport]) -> bool {
    reports.iter().any(not_moved)
}

fn not_moved(r: &MoveReport) -> bool {
    matches!(
        r.result,
        MoveStatus::Refused | MoveStatus::Failed | MoveStatus::Overtaken
    )
}

/// How many moves that did not happen [`failures`] names; the results list them all.
const FAILURES_NAMED: usize = 5;

/// The moves that did not happen, named for the line after the counts, so that the job
/// log says which: `not moved: monitor 17 to order 5 (failed: reason)`, at most
/// [`FAILURES_NAMED`].
pub fn failures(reports: &[MoveReport]) -> Option<String> {
    let failed: Vec<&MoveReport> = reports.iter().filter(|r| not_moved(r)).collect();
    let (first, more) = failed.split_first()?;
    let name = |r: &MoveReport| {
        let result = serde_json::to_value(r.result).unwrap_or_default();
        format!(
            "monitor {} to order {} ({}: {})",
            r.monitor_id,
            r.to_order,
            result.as_str().unwrap_or("failed"),
            r.reason.as_deref().unwrap_or("no reason given")
        )
    };
    let mut line = format!("not moved: {}", name(first));
    for r in more.iter().take(FAILURES_NAMED - 1) {
        line.push_str(&format!("; {}", name(r)));
    }
    if failed.len() > FAILURES_NAMED {
        line.push_str(&format!(
            "; and {} more in the results",
            failed.len() - FAILURES_NAMED
        ));
    }
    Some(line)
}

/// The columns of a results table.
pub const REPORT_COLUMNS: [&str; 5] = ["monitorId", "fromOrder", "toOrder", "result", "reason"];

/// The columns of a results table.
pub fn report_columns() -> Vec<Column> {
    crate::output::columns(&REPORT_COLUMNS)
}

/// The per-monitor results as a list.
pub fn report_list(reports: Vec<MoveReport>) -> Output {
    Output::rows(reports, &REPORT_COLUMNS).ranked(&REPORT_DROPPED_FIRST)
}

/// On a narrow terminal the reason is cut and these go first.
pub const REPORT_DROPPED_FIRST: [&str; 2] = ["fromOrder", "toOrder"];

#[cfg(test)]
mod tests {
    use super::*;
    use monitis_core::protocol::model::OrderStatus;
    use monitis_core::protocol::model::fixtures::{monitor, order};

    #[test]
    fn failures_name_the_moves_that_did_not_happen() {
        let report = |id, result, reason: Option<&str>| {
            let mut r = MoveReport::new(id, Some(1), 2, result);
            r.reason = reason.map(String::from);
            r
        };
        let mut reports = vec![
            report(1, MoveStatus::Moved, None),
            report(2, MoveStatus::Failed, Some("no such monitor 2")),
            report(3, MoveStatus::Refused, None),
        ];
        assert_eq!(
            failures(&reports).as_deref(),
            Some(
                "not moved: monitor 2 to order 2 (failed: no such monitor 2); monitor 3 to order 2 (refused: no reason given)"
            )
        );
        reports.extend((10..15).map(|id| report(id, MoveStatus::Overtaken, Some("moved on"))));
        let line = failures(&reports).unwrap();
        assert!(
            line.ends_with(
                "monitor 12 to order 2 (overtaken: moved on); and 2 more in the results"
            ),
            "{line}"
        );
        assert_eq!(failures(&reports[..1]), None);
    }

    fn parse_ids(text: &str) -> Result<Vec<i64>> {
        read_ids(Input::new(
            std::io::Cursor::new(text.as_bytes().to_vec()),
            "stdin",
        ))
    }

    #[test]
    fn ids_from_lines_tsv_json_and_ndjson() {
        assert_eq!(parse_ids("12\n13\n\n# note\n12\n").unwrap(), vec![12, 13]);
        assert_eq!(
            parse_ids("12\t3\t7\tshop\n14\t3\t7\tblog\n").unwrap(),
            vec![12, 14]
        );
        assert_eq!(parse_ids("id\tclientId\n12\t3\n").unwrap(), vec![12]);
        assert_eq!(
            parse_ids("monitorId,result\n12,moved\n13,failed\n").unwrap(),
            vec![12, 13]
        );
        // Only a first line is a header.
        assert!(parse_ids("12\nid\n").is_err());
        assert_eq!(
            parse_ids(r#"[{"id": 5, "orderId": 7}, {"id": 6}]"#).unwrap(),
            vec![5, 6]
        );
        assert_eq!(parse_ids("[5, 6, 5]").unwrap(), vec![5, 6]);
        assert_eq!(
            parse_ids("{\"id\":5}\n{\"monitorId\":9,\"result\":\"failed\"}\n").unwrap(),
            vec![5, 9]
        );
        assert_eq!(parse_ids("[]\n").unwrap(), Vec::<i64>::new());
        assert_eq!(parse_ids("").unwrap(), Vec::<i64>::new());
        assert_eq!(
            parse_ids("\n# only a comment\n").unwrap(),
            Vec::<i64>::new()
        );
    }

    #[test]
    fn bad_input_names_the_line_or_item() {
        let err = parse_ids("12\nshop\n").unwrap_err();
        assert!(
            matches!(&err, Error::Usage(m) if m.contains("stdin line 2") && m.contains("\"shop\"")),
            "{err}"
        );
        for other_spelling in ["+12\n", "012\n"] {
            assert!(
                matches!(parse_ids(other_spelling), Err(Error::Usage(_))),
                "{other_spelling:?}"
            );
        }
        let many: String = (1..=input::MAX_ITEMS + 1)
            .map(|i| format!("{i}\n"))
            .collect();
        let err = parse_ids(&many).unwrap_err();
        assert!(
            err.to_string().contains("more than 100000 monitor ids"),
            "{err}"
        );
        let many = format!(
            "[{}]",
            (1..=input::MAX_ITEMS + 1)
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(",\n")
        );
        assert!(parse_ids(&many).is_err());
        let err = parse_ids(r#"[{"id":1},{"name":"x"}]"#).unwrap_err();
        assert!(err.to_string().contains("item 2"), "{err}");
        let err = parse_ids("[1, 2").unwrap_err();
        assert!(err.to_string().contains("not valid JSON"), "{err}");
    }

    fn results(reports: &[MoveReport]) -> Vec<(i64, MoveStatus)> {
        reports.iter().map(|r| (r.monitor_id, r.result)).collect()
    }

    #[test]
    fn precheck_reserves_slots_in_input_order() {
        let target = order(9, 1, OrderStatus::Active, &[("external", 3)]);
        let known = vec![
            monitor(1, 1, 9, MonitorType::External, 0),
            monitor(2, 1, 7, MonitorType::External, 0),
            monitor(3, 1, 7, MonitorType::External, 0),
            monitor(4, 1, 7, MonitorType::External, 0),
            monitor(5, 2, 8, MonitorType::External, 0),
            monitor(6, 1, 7, MonitorType::Transaction, 0),
        ];
        let (reports, sends) = precheck(&target, &known, &[1, 2, 3, 4, 5, 6, 99], false);
        assert_eq!(
            sends
                .iter()
                .map(|s| (s.monitor_id, s.from_order))
                .collect::<Vec<_>>(),
            vec![(2, 7), (3, 7)]
        );
        assert_eq!(
            results(&reports),
            vec![
                (1, MoveStatus::Unchanged),
                (4, MoveStatus::Refused),
                (5, MoveStatus::Refused),
                (6, MoveStatus::Refused),
                (99, MoveStatus::Refused),
            ]
        );
        let reasons: Vec<&str> = reports[1..]
            .iter()
            .map(|r| r.reason.as_deref().unwrap())
            .collect();
        assert_eq!(
            reasons[0],
            "order 9 has no free external slot (3 ordered, 3 linked)"
        );
        assert!(reasons[1].contains("another client"));
        assert_eq!(
            reasons[2],
            "order 9 has no free transaction slot (0 ordered, 0 linked)"
        );
        assert_eq!(reasons[3], "no such monitor: 99");
        assert_eq!(reports[4].error_code, Some(5));
    }

    #[test]
    fn precheck_keeps_the_target_within_its_pageview_quota() {
        // Used 60 of 100: the 30 fits (90), then the 11 would make 101 (refused), the 10
        // makes exactly 100, which R6 allows.
        let target = order(
            9,
            1,
            OrderStatus::Active,
            &[("rum", 10), ("rumPageviews", 100)],
        );
        let known = vec![
            monitor(1, 1, 9, MonitorType::Rum, 60),
            monitor(2, 1, 7, MonitorType::Rum, 30),
            monitor(3, 1, 7, MonitorType::Rum, 11),
            monitor(4, 1, 7, MonitorType::Rum, 10),
        ];
        let (reports, sends) = precheck(&target, &known, &[2, 3, 4], false);
        assert_eq!(
            sends.iter().map(|s| s.monitor_id).collect::<Vec<_>>(),
            vec![2, 4]
        );
        assert_eq!(results(&reports), vec![(3, MoveStatus::Refused)]);
        assert!(reports[0].reason.as_deref().unwrap().contains("101 of 100"));
        let (reports, sends) = precheck(&target, &known, &[2, 3, 4], true);
        assert!(reports.is_empty());
        assert_eq!(sends.len(), 3);
    }

    #[test]
    fn batches_keep_to_the_size_and_to_what_one_parameter_carries() {
        let moves = |ids: std::ops::Range<i64>| -> Vec<Send> {
            ids.map(|id| Send {
                monitor_id: id,
                from_order: 1,
                to_order: 2,
            })
            .collect()
        };
        let small = moves(1..8);
        let sizes: Vec<usize> = batches(&small, 3).iter().map(|b| b.len()).collect();
        assert_eq!(sizes, [3, 3, 1]);
        assert!(batches(&[], 3).is_empty());
        // Ten digits and `%2C` each: 13 * 20,165 - 3 = 262,142 bytes fit, one more does not.
        let big = moves(1_000_000_000..1_000_050_000);
        let sizes: Vec<usize> = batches(&big, 50_000).iter().map(|b| b.len()).collect();
        assert_eq!(sizes, [20_165, 20_165, 9_670]);
        let encoded = |batch: &[Send]| {
            let ids: Vec<String> = batch.iter().map(|s| s.monitor_id.to_string()).collect();
            ids.join("%2C").len()
        };
        assert!(
            batches(&big, 50_000)
                .iter()
                .all(|b| encoded(b) <= MAX_VALUE_BYTES)
        );
        assert!(encoded(&big[..20_166]) > MAX_VALUE_BYTES);
        assert_eq!(batches(&moves(-12..-10), 5)[0].len(), 2);
    }

    #[test]
    fn the_read_back_settles_lost_answers_and_finds_overtaken_moves() {
        let sent = |id, result| MoveReport::new(id, Some(7), 9, result);
        let mut reports = vec![
            sent(1, MoveStatus::Failed),
            sent(2, MoveStatus::Failed),
            sent(3, MoveStatus::Moved),
            sent(4, MoveStatus::Moved),
            sent(5, MoveStatus::Moved),
            MoveReport::new(6, Some(7), 9, MoveStatus::Refused),
        ];
        let now = HashMap::from([(1, 9), (2, 7), (3, 9), (4, 8), (6, 7)]);
        settle(&now, &mut reports);
        assert_eq!(
            results(&reports),
            vec![
                (1, MoveStatus::Moved),
                (2, MoveStatus::Failed),
                (3, MoveStatus::Moved),
                (4, MoveStatus::Overtaken),
                (5, MoveStatus::Overtaken),
                (6, MoveStatus::Refused),
            ]
        );
        assert_eq!(
            reports[3].reason.as_deref(),
            Some("moved, then moved on to order 8 by another change (the last move wins)")
        );
        assert!(any_failed(&reports[2..5]));
        assert!(summary(&reports).ends_with("overtaken 2 (moved on by another change)"));
    }

    #[test]
    fn precheck_refuses_an_inactive_target_but_reports_monitors_already_there() {
        let target = order(9, 1, OrderStatus::Suspended, &[("external", 5)]);
        let known = vec![
            monitor(1, 1, 9, MonitorType::External, 0),
            monitor(2, 1, 7, MonitorType::External, 0),
        ];
        let (reports, sends) = precheck(&target, &known, &[1, 2], false);
        assert!(sends.is_empty());
        assert_eq!(
            results(&reports),
            vec![(1, MoveStatus::Unchanged), (2, MoveStatus::Refused)]
        );
        assert_eq!(
            reports[1].reason.as_deref(),
            Some("order 9 is suspended: only an active order takes monitors")
        );
    }
}
