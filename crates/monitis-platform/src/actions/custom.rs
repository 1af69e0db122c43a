//! The custom monitors at `/customMonitorApi` (docs/protocol.md, "Custom monitors"): an
//! account's own monitors, whose results its scripts push (`addResult`), and the custom
//! agents and jobs that run those scripts. Every row belongs to the account acted on: the
//! reseller himself, or the client he names (or that calls with its own keys).

use std::borrow::Cow;
use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Action, Ctx, Db, OK, Reply, Res, bad, changed, not_found, read};
use crate::params::{Params, decode};
use crate::store::AccountRef;
use crate::store::custom::{self as cs, Counted, CustomAgent, CustomJob, CustomMonitor};
use monitis_core::domain::rules::Refusal;
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;

/// Custom monitors an account may have.
pub const MAX_MONITORS: u32 = 1_000;
/// Entries in one parameter list (`resultParams`, `monitorParams`, `additionalResultParams`).
pub const MAX_LIST_ENTRIES: usize = 50;
/// Results kept per monitor: a newer one pushes the oldest out.
pub const MAX_RESULTS_KEPT: u32 = 10_000;
/// Characters in one pushed value of a string parameter.
pub const MAX_VALUE_CHARS: usize = 1_024;
/// Values in one multi-value result.
pub const MAX_VALUES: usize = 100;
/// Bytes of JSON in additional results (per check time), `guiStyle`, agent and job params.
pub const MAX_JSON_BYTES: usize = 64 * 1024;
/// Custom agents an account may have, and jobs an agent may have.
pub const MAX_AGENTS: u32 = 100;
pub const MAX_JOBS: u32 = 100;

// ----- the parameter lists ------------------------------------------------------------

/// A parameter's `dataType`: 1 boolean, 2 integer, 3 string, 4 float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum DataType {
    Boolean = 1,
    Integer = 2,
    String = 3,
    Float = 4,
}

impl From<DataType> for u8 {
    fn from(t: DataType) -> u8 {
        t as u8
    }
}

impl TryFrom<u8> for DataType {
    type Error = String;
    fn try_from(n: u8) -> Result<DataType, String> {
        match n {
            1 => Ok(DataType::Boolean),
            2 => Ok(DataType::Integer),
            3 => Ok(DataType::String),
            4 => Ok(DataType::Float),
            _ => Err(format!("dataType {n} is not 1 to 4")),
        }
    }
}

impl DataType {
    /// The number, or the name the Python SDK also accepts.
    fn parse(text: &str) -> Result<DataType, String> {
        match text {
            "1" | "boolean" => Ok(DataType::Boolean),
            "2" | "integer" => Ok(DataType::Integer),
            "3" | "string" => Ok(DataType::String),
            "4" | "float" => Ok(DataType::Float),
            _ => Err(format!(
                "has dataType {text:?}: use 1 (boolean), 2 (integer), 3 (string) or 4 (float)"
            )),
        }
    }

    /// A pushed value as JSON of this type.
    fn value(self, text: &str) -> Result<Value, String> {
        let typed = match self {
            DataType::Boolean => match text {
                "true" | "1" => Some(Value::Bool(true)),
                "false" | "0" => Some(Value::Bool(false)),
                _ => None,
            },
            DataType::Integer => text.parse::<i64>().ok().map(Value::from),
            DataType::Float => text
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .map(Value::from),
            DataType::String if text.chars().count() <= MAX_VALUE_CHARS => {
                Some(Value::String(text.to_string()))
            }
            DataType::String => {
                return Err(format!("is longer than {MAX_VALUE_CHARS} characters"));
            }
        };
        typed.ok_or_else(|| {
            let what = match self {
                DataType::Boolean => "true or false",
                DataType::Integer => "a whole number",
                _ => "a number",
            };
            format!("must be {what}, got {text:?}")
        })
    }
}

/// One entry of `resultParams` or `additionalResultParams`:
/// `name:displayName:uom:dataType`, then what MAPI adds (fixed values, groups, aggregation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultParam {
    pub id: usize,
    pub name: String,
    pub display_name: String,
    pub uom: String,
    pub data_type: DataType,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub aggregation: Option<Aggregation>,
}

/// One entry of `monitorParams`: `name:displayName:value:dataType:isHidden`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MonitorParam {
    pub id: usize,
    pub name: String,
    pub display_name: String,
    pub value: String,
    pub data_type: DataType,
    pub is_hidden: bool,
}

/// How `getReport` sums up a numeric parameter over an interval (MAPI's `AGGREGATE_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Aggregation {
    Avg,
    Sum,
    Min,
    Max,
    Last,
}

/// Percent-decoding as forms encode (`+` a space); text that is not an encoding (`50%`,
/// as a client that does not encode sends it) stays as it is.
fn decoded(text: &str) -> Cow<'_, str> {
    if !text.contains(['%', '+']) {
        return Cow::Borrowed(text);
    }
    decode(text.as_bytes()).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// The entries of a `;`-separated list of `:`-separated fields, each field decoded, in
/// every encoding the clients send: plain (PERL: `position:Position:N/A:2`), each field
/// encoded (MAPI, Python's params), each entry encoded whole (Python's `results`:
/// `foo%3A10`), or each field encoded and then the whole list again (JAVA). A field is
/// cut at its first `max_fields - 1` colons.
pub fn entries(value: &str, max_fields: usize) -> Vec<Vec<String>> {
    let whole = if value.contains([':', ';']) {
        Cow::Borrowed(value)
    } else {
        decoded(value)
    };
    whole
        .split(';')
        .filter(|e| !e.trim().is_empty())
        .map(|entry| {
            let entry: Cow<str> = if entry.contains(':') {
                Cow::Borrowed(entry)
            } else {
                Cow::Owned(decoded(entry).into_owned())
            };
            entry
                .splitn(max_fields, ':')
                .map(|f| decoded(f).into_owned())
                .collect()
        })
        .collect()
}

/// A parameter list: its name, and the format its errors show.
struct List<'a> {
    name: &'a str,
    format: &'static str,
    max_fields: usize,
}

impl List<'_> {
    fn refuse(&self, why: String) -> Refusal {
        bad(format!(
            "parameter {} {why}: each entry is {}, separated by ;",
            self.name, self.format
        ))
    }

    /// The entries: at most `MAX_LIST_ENTRIES`, each with 4 fields or more, a name of its
    /// own and texts that pass `validate::name` (the name, the display name, the third).
    fn entries(&self, value: &str) -> Res<Vec<Vec<String>>> {
        let list = entries(value, self.max_fields);
        if list.len() > MAX_LIST_ENTRIES {
            return Err(bad(format!(
                "parameter {} lists {} entries: at most {MAX_LIST_ENTRIES}",
                self.name,
                list.len()
            )));
        }
        let mut names = BTreeSet::new();
        for entry in &list {
            if entry.len() < 4 {
                return Err(self.refuse(format!(
                    "has an entry {:?} with fewer than 4 fields",
                    entry.join(":")
                )));
            }
            validate::name(&entry[0])
                .map_err(|why| self.refuse(format!("has a name that {why}")))?;
            for field in &entry[1..3] {
                if !field.is_empty() {
                    validate::name(field)
                        .map_err(|why| self.refuse(format!("has a field that {why}")))?;
                }
            }
            if !names.insert(entry[0].as_str()) {
                return Err(self.refuse(format!("names {:?} twice", entry[0])));
            }
        }
        Ok(list)
    }
}

fn field(entry: &[String], i: usize) -> &str {
    entry.get(i).map_or("", String::as_str)
}

/// `resultParams` or `additionalResultParams`.
pub fn result_params(name: &str, value: &str) -> Res<Vec<ResultParam>> {
    let list = List {
        name,
        format: "name:displayName:uom:dataType",
        max_fields: 7,
    };
    list.entries(value)?
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let aggregation = match field(e, 6) {
                "" => None,
                text => Some(
                    serde_json::from_value(Value::String(text.to_string())).map_err(|_| {
                        list.refuse(format!(
                            "has aggregation {text:?}: use avg, sum, min, max or last"
                        ))
                    })?,
                ),
            };
            Ok(ResultParam {
                id: i + 1,
                name: e[0].clone(),
                display_name: e[1].clone(),
                uom: e[2].clone(),
                data_type: DataType::parse(&e[3]).map_err(|why| list.refuse(why))?,
                aggregation,
            })
        })
        .collect()
}

/// `monitorParams`.
pub fn monitor_params(value: &str) -> Res<Vec<MonitorParam>> {
    let list = List {
        name: "monitorParams",
        format: "name:displayName:value:dataType:isHidden",
        max_fields: 5,
    };
    list.entries(value)?
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let data_type = DataType::parse(&e[3]).map_err(|why| list.refuse(why))?;
            data_type
                .value(&e[2])
                .map_err(|why| list.refuse(format!("has a value of {:?} that {why}", e[0])))?;
            let is_hidden = match field(e, 4) {
                "" | "false" | "0" => false,
                "true" | "1" => true,
                other => {
                    return Err(list.refuse(format!(
                        "has isHidden {other:?} for {:?}: true or false",
                        e[0]
                    )));
                }
            };
            Ok(MonitorParam {
                id: i + 1,
                name: e[0].clone(),
                display_name: e[1].clone(),
                value: e[2].clone(),
                data_type,
                is_hidden,
            })
        })
        .collect()
}

/// The values of a `results` parameter (`name:value;…`), typed by the monitor's result
/// parameters; a multi-value monitor takes a JSON list per name (MAPI: `name:[1,2]`).
pub fn result_values(value: &str, params: &[ResultParam], multi: bool) -> Res<Map<String, Value>> {
    let mut out = Map::new();
    for entry in entries(value, 2) {
        let name = &entry[0];
        let param = params.iter().find(|p| &p.name == name).ok_or_else(|| {
            let known: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
            bad(format!(
                "parameter results names {name:?}, which is not a result parameter of the monitor ({})",
                known.join(", ")
            ))
        })?;
        let text = field(&entry, 1);
        let wrong = |why: String| bad(format!("parameter results: the value of {name} {why}"));
        let typed = match (multi, serde_json::from_str::<Vec<Value>>(text)) {
            (true, Ok(list)) if list.len() > MAX_VALUES => {
                return Err(wrong(format!("lists more than {MAX_VALUES} values")));
            }
            (true, Ok(list)) => Value::Array(
                list.iter()
                    .map(|v| match v {
                        Value::String(s) => param.data_type.value(s),
                        other => param.data_type.value(&other.to_string()),
                    })
                    .collect::<Result<_, _>>()
                    .map_err(wrong)?,
            ),
            (true, Err(_)) => Value::Array(vec![param.data_type.value(text).map_err(wrong)?]),
            (false, _) => param.data_type.value(text).map_err(wrong)?,
        };
        if out.insert(name.clone(), typed).is_some() {
            return Err(bad(format!("parameter results names {name:?} twice")));
        }
    }
    if out.is_empty() {
        return Err(bad("parameter results holds no name:value pair".to_string()));
    }
    Ok(out)
}

// ----- values of the requests ----------------------------------------------------------

/// Milliseconds since the epoch; a value that can only be seconds (before 1973 in
/// milliseconds: PERL's POD sends `time`) is taken as seconds.
fn millis(p: &Params, name: &str) -> Res<Option<i64>> {
    let Some(n) = p.parsed::<i64>(name, "milliseconds since 1970-01-01 GMT")? else {
        return Ok(None);
    };
    const SECONDS_BELOW: i64 = 100_000_000_000;
    let ms = if (0..SECONDS_BELOW).contains(&n) {
        n * 1000
    } else {
        n
    };
    if n < 0 || DateTime::from_timestamp_millis(ms).is_none_or(|t| t.year() > 9999) {
        return Err(bad(format!(
            "parameter {name} must be milliseconds since 1970-01-01 GMT, got {n}"
        )));
    }
    Ok(Some(ms))
}

fn required_millis(p: &Params, name: &str) -> Res<i64> {
    millis(p, name)?.ok_or_else(|| bad(format!("missing parameter {name}")))
}

/// `timezone` (or `timezoneoffset`): the caller's offset from GMT in minutes, east positive.
fn timezone_ms(p: &Params) -> Res<i64> {
    let name = if p.get("timezone").is_some() {
        "timezone"
    } else {
        "timezoneoffset"
    };
    let minutes = p.parsed::<i64>(name, "minutes from GMT")?.unwrap_or(0);
    if !(-720..=840).contains(&minutes) {
        return Err(bad(format!(
            "parameter {name} must be minutes from GMT, -720 to 840, got {minutes}"
        )));
    }
    Ok(minutes * 60_000)
}

fn json_text(name: &str, value: &str) -> Res<Value> {
    if value.len() > MAX_JSON_BYTES {
        return Err(bad(format!(
            "parameter {name} is longer than {MAX_JSON_BYTES} bytes"
        )));
    }
    // JAVA encodes the JSON once more before the form does; JSON never starts with `%`.
    let text = if value.starts_with('%') {
        decoded(value)
    } else {
        Cow::Borrowed(value)
    };
    serde_json::from_str(&text).map_err(|e| bad(format!("parameter {name} is not JSON: {e}")))
}

fn text_valid<'a>(p: &'a Params, name: &str) -> Res<Option<&'a str>> {
    p.get_valid(name, validate::name)
}

/// A monitor's `type`, or `m_type` as the Python SDK sends it.
fn monitor_kind(p: &Params) -> Res<Option<&str>> {
    let name = if p.get("type").is_some() {
        "type"
    } else {
        "m_type"
    };
    text_valid(p, name)
}

fn flag(p: &Params, names: &[&str]) -> Res<bool> {
    for name in names {
        if let Some(value) = p.bool(name)? {
            return Ok(value);
        }
    }
    Ok(false)
}

// ----- the account's rows --------------------------------------------------------------

fn owner(ctx: &Ctx) -> AccountRef {
    AccountRef {
        reseller_id: ctx.me.reseller_id,
        client_id: ctx.client,
    }
}

fn load_monitor(ctx: &Ctx, id: i64) -> Res<CustomMonitor> {
    cs::monitor(ctx.conn, owner(ctx), id)
        .db()?
        .ok_or_else(|| not_found("custom monitor (monitorId)", id))
}

/// Every row a comma list names (all must be the account's), loaded with `load`.
fn load_all<T>(ctx: &Ctx, p: &Params, name: &str, load: fn(&Ctx, i64) -> Res<T>) -> Res<Vec<T>> {
    p.ids(name)?.into_iter().map(|id| load(ctx, id)).collect()
}

fn load_agent(ctx: &Ctx, id: i64) -> Res<CustomAgent> {
    cs::agent(ctx.conn, owner(ctx), id)
        .db()?
        .ok_or_else(|| not_found("custom agent (agentId)", id))
}

fn load_job(ctx: &Ctx, id: i64) -> Res<CustomJob> {
    cs::job(ctx.conn, owner(ctx), id)
        .db()?
        .ok_or_else(|| not_found("job (jobId)", id))
}

/// JSON the store kept, read back.
fn stored<T: for<'de> Deserialize<'de>>(text: &str) -> Res<T> {
    serde_json::from_str(text).map_err(|e| super::broken(&format!("stored JSON: {e}")))
}

fn to_text(value: &impl Serialize) -> Res<String> {
    serde_json::to_string(value)
        .map_err(|e| super::broken(&format!("a list did not serialise: {e}")))
}

// ----- the actions ---------------------------------------------------------------------

pub(super) fn run(ctx: &Ctx, action: Action, p: &Params) -> Res<Reply> {
    match action {
        Action::CustomAddMonitor => add_monitor(ctx, p),
        Action::CustomEditMonitor => edit_monitor(ctx, p),
        Action::CustomDeleteMonitor => {
            for m in load_all(ctx, p, "monitorId", load_monitor)? {
                cs::delete_monitor(ctx.conn, m.id).db()?;
            }
            changed(Value::Null)
        }
        Action::CustomGetMonitors => get_monitors(ctx, p),
        Action::CustomGetMonitorInfo => {
            let hidden = !flag(p, &["excludeHidden", "isExcludeHidden"])?;
            read(monitor_info(
                &load_monitor(ctx, p.id("monitorId")?)?,
                hidden,
            )?)
        }
        Action::CustomGetMonitorResults => get_monitor_results(ctx, p),
        Action::CustomAddResult => add_result(ctx, p),
        Action::CustomAddAdditionalResults => {
            let m = load_monitor(ctx, p.id("monitorId")?)?;
            let checktime = required_millis(p, "checktime")?;
            let rows = additional_rows(p.required("results")?, "results")?;
            cs::put_result(
                ctx.conn,
                m.id,
                checktime,
                None,
                Some(&rows),
                MAX_RESULTS_KEPT,
            )
            .db()?;
            OK
        }
        Action::CustomGetAdditionalResults => {
            let m = load_monitor(ctx, p.id("monitorId")?)?;
            let rows = cs::additional(ctx.conn, m.id, millis(p, "checktime")?).db()?;
            read(rows.map_or(Ok(json!([])), |text| stored::<Value>(&text))?)
        }
        Action::CustomGetReport => get_report(ctx, p),
        Action::CustomGetAdditionalDataReport => {
            let m = load_monitor(ctx, p.id("monitorId")?)?;
            let (from, to, tz) = report_window(p)?;
            let rows = cs::results(ctx.conn, m.id, from, to).db()?;
            let report: Vec<Value> = rows
                .into_iter()
                .filter_map(|r| {
                    let additional: Value = serde_json::from_str(r.additional.as_deref()?).ok()?;
                    Some(json!({
                        "checkTime": r.checktime + tz,
                        "checkTimeInGMT": r.checktime,
                        "additionalResults": additional,
                    }))
                })
                .collect();
            read(report)
        }
        Action::CustomColorizeMonitors => colorize(ctx, p),
        Action::CustomSuspendMonitors => set_suspended(ctx, p, true),
        Action::CustomActivateMonitors => set_suspended(ctx, p, false),
        Action::CustomGetAgents => {
            let kind = p.get("type");
            let monitors = flag(p, &["loadTests", "loadTest"])?;
            let params = flag(p, &["loadParams", "loadParametrs"])?;
            let all = cs::agents(ctx.conn, owner(ctx)).db()?;
            let list = all
                .iter()
                .filter(|a| kind.is_none_or(|k| a.kind == k))
                .map(|a| agent_json(ctx, a, monitors, params))
                .collect::<Res<Vec<Value>>>()?;
            read(list)
        }
        Action::CustomAgentInfo => read(agent_json(
            ctx,
            &load_agent(ctx, p.id("agentId")?)?,
            true,
            true,
        )?),
        Action::CustomAddAgent => add_agent(ctx, p),
        Action::CustomEditAgent => {
            let mut a = load_agent(ctx, p.id("agentId")?)?;
            if let Some(name) = text_valid(p, "name")? {
                if name != a.name {
                    unique_agent_name(ctx, name)?;
                }
                a.name = name.to_string();
            }
            a.params = agent_params(p)?.unwrap_or(a.params);
            a.job_polling_interval = polling_interval(p)?.unwrap_or(a.job_polling_interval);
            cs::save_agent(ctx.conn, &a).db()?;
            OK
        }
        Action::CustomDeleteAgent => {
            let with_monitors = flag(p, &["deleteMonitors"])?;
            for a in load_all(ctx, p, "agentIds", load_agent)? {
                cs::delete_agent(ctx.conn, a.id, with_monitors).db()?;
            }
            OK
        }
        Action::CustomGetJobs => {
            let agent = load_agent(ctx, p.id("agentId")?)?;
            let after = p.opt_id("lastJobId")?.unwrap_or(0);
            let jobs = cs::jobs(ctx.conn, agent.id, after).db()?;
            read(jobs.iter().map(job_json).collect::<Vec<Value>>())
        }
        Action::CustomAddJob => {
            let agent = load_agent(ctx, p.id("agentId")?)?;
            if cs::count_jobs(ctx.conn, agent.id).db()? >= MAX_JOBS {
                return Err(bad(format!(
                    "agent {} has {MAX_JOBS} jobs, the most an agent may have: delete one first",
                    agent.id
                )));
            }
            let mut job = CustomJob {
                agent_id: agent.id,
                kind: "custom".to_string(),
                active: true,
                ..Default::default()
            };
            edit_job(ctx, p, &mut job)?;
            changed(cs::insert_job(ctx.conn, &job).db()?)
        }
        Action::CustomEditJob => {
            let mut job = load_job(ctx, p.id("jobId")?)?;
            edit_job(ctx, p, &mut job)?;
            cs::save_job(ctx.conn, &job).db()?;
            OK
        }
        Action::CustomDeleteJob => {
            for job in load_all(ctx, p, "jobIds", load_job)? {
                cs::delete_job(ctx.conn, job.id).db()?;
            }
            OK
        }
        _ => Err(super::broken(&format!(
            "{} is not a custom monitor action",
            action.name()
        ))),
    }
}

/// The agent `addMonitor` names: by id (`customUserAgentId` from JAVA and PERL,
/// `agentId` from RUBY2 and MAPI) or by name (`agentName`, MAPI).
fn named_agent(ctx: &Ctx, p: &Params) -> Res<Option<i64>> {
    for name in ["customUserAgentId", "agentId"] {
        if let Some(id) = p.opt_id(name)? {
            return Ok(Some(load_agent(ctx, id)?.id));
        }
    }
    let Some(name) = p.get("agentName") else {
        return Ok(None);
    };
    let agents = cs::agents(ctx.conn, owner(ctx)).db()?;
    let found = agents.iter().find(|a| a.name == name).ok_or_else(|| {
        Refusal::new(
            ErrorCode::NotFound,
            format!("no such custom agent (agentName): {name:?}; see action=getAgents"),
        )
    })?;
    Ok(Some(found.id))
}

/// The parameter lists and `multiValue` of an add or an edit, onto `m`.
fn set_lists(p: &Params, m: &mut CustomMonitor) -> Res<()> {
    if let Some(v) = p.get("resultParams") {
        m.result_params = to_text(&result_params("resultParams", v)?)?;
    }
    if let Some(v) = p.get("additionalResultParams") {
        m.additional_params = to_text(&result_params("additionalResultParams", v)?)?;
    }
    if let Some(v) = p.get("monitorParams") {
        m.monitor_params = to_text(&monitor_params(v)?)?;
    }
    m.multi_value = p.bool("multiValue")?.unwrap_or(m.multi_value);
    Ok(())
}

/// Refuses a second monitor of the same name, tag and type in the account: the hosted
/// service did ("already exists"), and bash_api then finds the monitor by those three.
fn unique_monitor(ctx: &Ctx, m: &CustomMonitor) -> Res<()> {
    let all = cs::monitors(ctx.conn, owner(ctx)).db()?;
    let twin = all
        .iter()
        .find(|o| o.id != m.id && o.name == m.name && o.tag == m.tag && o.kind == m.kind);
    match twin {
        Some(twin) => Err(Refusal::new(
            ErrorCode::AlreadyExists,
            format!(
                "a custom monitor with name {:?}, tag {:?} and type {:?} exists already \
                 (monitorId {}): change one of them, or find it with action=getMonitors",
                m.name, m.tag, m.kind, twin.id
            ),
        )),
        None => Ok(()),
    }
}

fn add_monitor(ctx: &Ctx, p: &Params) -> Res<Reply> {
    if cs::count(ctx.conn, owner(ctx), Counted::Monitors).db()? >= MAX_MONITORS {
        return Err(bad(format!(
            "the account has {MAX_MONITORS} custom monitors, the most it may have: delete one first"
        )));
    }
    p.required("resultParams")?;
    let mut m = CustomMonitor {
        agent_id: named_agent(ctx, p)?,
        name: p.required_valid("name", validate::name)?.to_string(),
        tag: p.required_valid("tag", validate::name)?.to_string(),
        kind: monitor_kind(p)?.unwrap_or("custom").to_string(),
        result_params: "[]".to_string(),
        monitor_params: "[]".to_string(),
        additional_params: "[]".to_string(),
        ..Default::default()
    };
    set_lists(p, &mut m)?;
    unique_monitor(ctx, &m)?;
    changed(cs::insert_monitor(ctx.conn, owner(ctx), &m).db()?)
}

fn edit_monitor(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let mut m = load_monitor(ctx, p.id("monitorId")?)?;
    m.name = text_valid(p, "name")?.map_or(m.name, str::to_string);
    m.tag = text_valid(p, "tag")?.map_or(m.tag, str::to_string);
    m.kind = monitor_kind(p)?.map_or(m.kind, str::to_string);
    set_lists(p, &mut m)?;
    unique_monitor(ctx, &m)?;
    cs::save_monitor(ctx.conn, &m).db()?;
    changed(Value::Null)
}

fn monitor_params_json(m: &CustomMonitor, hidden: bool) -> Res<Vec<Value>> {
    Ok(stored::<Vec<MonitorParam>>(&m.monitor_params)?
        .into_iter()
        .filter(|mp| hidden || !mp.is_hidden)
        .map(|mp| {
            json!({ "id": mp.id, "dataType": mp.data_type, "name": mp.name,
                    "value": mp.value, "displayName": mp.display_name })
        })
        .collect())
}

/// `getMonitorInfo`: the monitor with its lists; hidden monitor parameters unless
/// `excludeHidden=true`. Ids are strings, as the hosted answers had them.
fn monitor_info(m: &CustomMonitor, hidden: bool) -> Res<Value> {
    let mut info = json!({
        "id": m.id.to_string(), "name": m.name, "type": m.kind, "tag": m.tag,
        "multiValue": m.multi_value, "isSuspended": m.suspended,
        "agentId": m.agent_id.map(|id| id.to_string()),
        "resultParams": stored::<Vec<ResultParam>>(&m.result_params)?,
        "monitorParams": monitor_params_json(m, hidden)?,
        "additionalResultParams": stored::<Vec<ResultParam>>(&m.additional_params)?,
    });
    if let Some(style) = &m.gui_style {
        info["guiStyle"] = stored(style)?;
    }
    Ok(info)
}

fn get_monitors(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let tag = p.get("tag");
    let kind = monitor_kind(p)?;
    let name = p.get("name");
    let agent = p.opt_id("agentId")?;
    let all = cs::monitors(ctx.conn, owner(ctx)).db()?;
    let list = all
        .iter()
        .filter(|m| {
            tag.is_none_or(|t| m.tag == t)
                && kind.is_none_or(|k| m.kind == k)
                && name.is_none_or(|n| m.name == n)
                && agent.is_none_or(|a| m.agent_id == Some(a))
        })
        .map(|m| {
            Ok(json!({
                "id": m.id.to_string(), "name": m.name, "tag": m.tag, "type": m.kind,
                "monitorParams": monitor_params_json(m, true)?,
            }))
        })
        .collect::<Res<Vec<Value>>>()?;
    read(list)
}

fn additional_rows(value: &str, name: &str) -> Res<String> {
    match json_text(name, value)? {
        Value::Array(rows) if rows.iter().all(Value::is_object) => to_text(&rows),
        _ => Err(bad(format!(
            "parameter {name} must be a JSON list of objects, as [{{\"name\":value,…}},…]"
        ))),
    }
}

fn add_result(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let m = load_monitor(ctx, p.id("monitorId")?)?;
    if m.suspended {
        return Err(bad(format!(
            "custom monitor {} is suspended: activate it (action=activateMonitors) to add results",
            m.id
        )));
    }
    let checktime = required_millis(p, "checktime")?;
    let params = stored::<Vec<ResultParam>>(&m.result_params)?;
    let values = result_values(p.required("results")?, &params, m.multi_value)?;
    let additional = p
        .get("additionalResults")
        .map(|v| additional_rows(v, "additionalResults"))
        .transpose()?;
    let values = to_text(&values)?;
    cs::put_result(
        ctx.conn,
        m.id,
        checktime,
        Some(&values),
        additional.as_deref(),
        MAX_RESULTS_KEPT,
    )
    .db()?;
    if let Some(agent) = m.agent_id {
        cs::touch_agent(ctx.conn, agent).db()?;
    }
    changed(Value::Null)
}

/// A result row as the answers show it: its values, `checkTime` in the caller's time zone
/// and `checkTimeInGMT`, both in milliseconds.
fn result_row(values: Map<String, Value>, checktime: i64, tz: i64) -> Value {
    let mut row = values;
    row.insert("checkTime".to_string(), json!(checktime + tz));
    row.insert("checkTimeInGMT".to_string(), json!(checktime));
    Value::Object(row)
}

fn values_of(text: Option<&str>) -> Option<Map<String, Value>> {
    serde_json::from_str(text?).ok()
}

/// `getMonitorResults`: the results of one day (`year`, `month`, `day`) in the caller's
/// time zone.
fn get_monitor_results(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let m = load_monitor(ctx, p.id("monitorId")?)?;
    let part = |name: &str| -> Res<u32> {
        p.parsed::<u32>(name, "a number")?
            .ok_or_else(|| bad(format!("missing parameter {name}")))
    };
    let (year, month, day) = (part("year")?, part("month")?, part("day")?);
    let date = i32::try_from(year)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
        .filter(|d| (validate::MIN_DATE..=validate::MAX_DATE).contains(d))
        .ok_or_else(|| {
            bad(format!(
                "parameters year, month and day name no day from 1970 to 9999: {year}-{month}-{day}"
            ))
        })?;
    let tz = timezone_ms(p)?;
    let midnight = Utc.from_utc_datetime(&date.and_time(chrono::NaiveTime::MIN));
    let from = midnight.timestamp_millis() - tz;
    let rows = cs::results(ctx.conn, m.id, from, from + DAY_MS).db()?;
    read(
        rows.into_iter()
            .filter_map(|r| {
                Some(result_row(
                    values_of(r.results.as_deref())?,
                    r.checktime,
                    tz,
                ))
            })
            .collect::<Vec<Value>>(),
    )
}

const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 24 * 60 * MINUTE_MS;

/// `dateFrom` to `dateTo` (both included, milliseconds), as a half-open range, and the
/// caller's time zone.
fn report_window(p: &Params) -> Res<(i64, i64, i64)> {
    let from = required_millis(p, "dateFrom")?;
    let to = required_millis(p, "dateTo")?;
    if to < from {
        return Err(bad(format!(
            "parameter dateTo ({to}) is before dateFrom ({from})"
        )));
    }
    Ok((from, to + 1, timezone_ms(p)?))
}

/// How `getReport` groups results: by `interval` units of `intervalType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    Fixed(i64),
    Months(i64),
}

impl Bucket {
    fn of(p: &Params) -> Res<Option<Bucket>> {
        let Some(n) = p.parsed::<u32>("interval", "a whole number of intervalType units")? else {
            return Ok(None);
        };
        if n == 0 {
            return Err(bad("parameter interval must be 1 or more".to_string()));
        }
        let n = i64::from(n);
        Ok(Some(match p.get("intervalType").unwrap_or("min") {
            "min" => Bucket::Fixed(n * MINUTE_MS),
            "hour" => Bucket::Fixed(n * 60 * MINUTE_MS),
            "day" => Bucket::Fixed(n * DAY_MS),
            "month" => Bucket::Months(n),
            other => {
                return Err(bad(format!(
                    "parameter intervalType must be min, hour, day or month, got {other:?}"
                )));
            }
        }))
    }

    /// The start (GMT milliseconds) of the bucket that holds `t`, counted in local time.
    pub fn start(self, t: i64, tz: i64) -> i64 {
        let local = t + tz;
        match self {
            Bucket::Fixed(size) => local.div_euclid(size) * size - tz,
            Bucket::Months(n) => {
                let date = DateTime::from_timestamp_millis(local).map_or(Utc::now(), |d| d);
                let months = i64::from(date.year()) * 12 + i64::from(date.month0());
                let first = months.div_euclid(n) * n;
                let year = i32::try_from(first.div_euclid(12)).unwrap_or(1970);
                let month = u32::try_from(first.rem_euclid(12)).unwrap_or(0) + 1;
                let day = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(validate::MIN_DATE);
                Utc.from_utc_datetime(&day.and_time(chrono::NaiveTime::MIN))
                    .timestamp_millis()
                    - tz
            }
        }
    }
}

/// One parameter's values over a bucket, summed up as the parameter says (numbers: the
/// average unless its aggregation says otherwise; other types: the last value).
pub fn aggregate(values: &[&Value], how: Option<Aggregation>, numeric: bool) -> Value {
    let numbers: Vec<f64> = values.iter().filter_map(|v| v.as_f64()).collect();
    let last = values.last().map_or(Value::Null, |v| (*v).clone());
    if !numeric || numbers.is_empty() {
        return last;
    }
    let total: f64 = numbers.iter().sum();
    match how.unwrap_or(Aggregation::Avg) {
        Aggregation::Avg => json!(total / numbers.len() as f64),
        Aggregation::Sum => json!(total),
        Aggregation::Min => json!(numbers.iter().copied().fold(f64::INFINITY, f64::min)),
        Aggregation::Max => json!(numbers.iter().copied().fold(f64::NEG_INFINITY, f64::max)),
        Aggregation::Last => last,
    }
}

/// `getReport`: the results from `dateFrom` to `dateTo`, whole, or summed up per
/// `interval` of `intervalType`.
fn get_report(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let m = load_monitor(ctx, p.id("monitorId")?)?;
    let (from, to, tz) = report_window(p)?;
    let bucket = Bucket::of(p)?;
    let rows: Vec<(i64, Map<String, Value>)> = cs::results(ctx.conn, m.id, from, to)
        .db()?
        .into_iter()
        .filter_map(|r| Some((r.checktime, values_of(r.results.as_deref())?)))
        .collect();
    let Some(bucket) = bucket else {
        return read(
            rows.into_iter()
                .map(|(t, values)| result_row(values, t, tz))
                .collect::<Vec<Value>>(),
        );
    };
    let params = stored::<Vec<ResultParam>>(&m.result_params)?;
    let mut report = Vec::new();
    let mut rest = rows.as_slice();
    while let Some((first, _)) = rest.first() {
        let start = bucket.start(*first, tz);
        let len = rest
            .iter()
            .take_while(|(t, _)| bucket.start(*t, tz) == start)
            .count();
        let (group, after) = rest.split_at(len);
        let mut values = Map::new();
        for param in &params {
            let seen: Vec<&Value> = group
                .iter()
                .filter_map(|(_, v)| v.get(&param.name))
                .collect();
            if !seen.is_empty() {
                let numeric = !m.multi_value
                    && matches!(param.data_type, DataType::Integer | DataType::Float);
                values.insert(
                    param.name.clone(),
                    aggregate(&seen, param.aggregation, numeric),
                );
            }
        }
        report.push(result_row(values, start, tz));
        rest = after;
    }
    read(report)
}

/// `colorizeMonitors`: display colours per result parameter (`guiStyle`, MAPI's
/// `[{"name":…,"colors":[{"condition":"<3","color":"green"}]}]`), shown by `getMonitorInfo`.
fn colorize(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let monitors = load_all(ctx, p, "monitorId", load_monitor)?;
    let style = json_text("guiStyle", p.required("guiStyle")?)?;
    let shape = || {
        bad("parameter guiStyle must be a JSON list of {\"name\":…,\"colors\":[{\"condition\":…,\"color\":…}]}".to_string())
    };
    let styles = style.as_array().ok_or_else(shape)?;
    for m in &monitors {
        let params = stored::<Vec<ResultParam>>(&m.result_params)?;
        for s in styles {
            let name = s["name"].as_str().ok_or_else(shape)?;
            let colors = s["colors"].as_array().ok_or_else(shape)?;
            if !colors
                .iter()
                .all(|c| c["condition"].is_string() && c["color"].is_string())
            {
                return Err(shape());
            }
            if !params.iter().any(|rp| rp.name == name) {
                return Err(bad(format!(
                    "parameter guiStyle names {name:?}, which is not a result parameter of monitor {}",
                    m.id
                )));
            }
        }
    }
    let text = to_text(&style)?;
    for mut m in monitors {
        m.gui_style = Some(text.clone());
        cs::save_monitor(ctx.conn, &m).db()?;
    }
    OK
}

/// `suspendMonitors` / `activateMonitors` (JAVA): the monitors `monitorIds` names, or
/// every monitor with the `tag`.
fn set_suspended(ctx: &Ctx, p: &Params, suspended: bool) -> Res<Reply> {
    let monitors = match (p.get("monitorIds"), p.get("tag")) {
        (Some(_), _) => load_all(ctx, p, "monitorIds", load_monitor)?,
        (None, Some(tag)) => cs::monitors(ctx.conn, owner(ctx))
            .db()?
            .into_iter()
            .filter(|m| m.tag == tag)
            .collect(),
        (None, None) => return Err(bad("missing parameter monitorIds (or tag)".to_string())),
    };
    for mut m in monitors {
        m.suspended = suspended;
        cs::save_monitor(ctx.conn, &m).db()?;
    }
    OK
}

// ----- agents and jobs ---------------------------------------------------------------

fn agent_json(ctx: &Ctx, a: &CustomAgent, monitors: bool, params: bool) -> Res<Value> {
    let mut agent = json!({
        "id": a.id.to_string(), "name": a.name, "type": a.kind,
        "jobPollingInterval": a.job_polling_interval, "createdOn": a.created_at,
        "lastAccess": a.last_access,
    });
    if monitors {
        let all = cs::monitors(ctx.conn, owner(ctx)).db()?;
        agent["monitors"] = all
            .iter()
            .filter(|m| m.agent_id == Some(a.id))
            .map(
                |m| json!({ "id": m.id.to_string(), "name": m.name, "tag": m.tag, "type": m.kind }),
            )
            .collect();
    }
    if params {
        let map: Map<String, Value> = stored(&a.params)?;
        agent["params"] = map
            .iter()
            .enumerate()
            .map(|(i, (name, value))| {
                let value = value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_string);
                json!([i + 1, name, value])
            })
            .collect();
    }
    Ok(agent)
}

fn unique_agent_name(ctx: &Ctx, name: &str) -> Res<()> {
    if cs::agents(ctx.conn, owner(ctx))
        .db()?
        .iter()
        .any(|a| a.name == name)
    {
        return Err(Refusal::new(
            ErrorCode::AlreadyExists,
            format!("a custom agent named {name:?} exists already: choose another name"),
        ));
    }
    Ok(())
}

/// `params` of an agent: a JSON object.
fn agent_params(p: &Params) -> Res<Option<String>> {
    p.get("params")
        .map(|v| match json_text("params", v)? {
            params @ Value::Object(_) => to_text(&params),
            _ => Err(bad(
                "parameter params must be a JSON object, as {\"name\":\"value\"}".to_string(),
            )),
        })
        .transpose()
}

fn polling_interval(p: &Params) -> Res<Option<u32>> {
    let n = p.parsed::<u32>("jobPollingInterval", "a number of seconds")?;
    if n.is_some_and(|n| !(1..=86_400).contains(&n)) {
        return Err(bad(
            "parameter jobPollingInterval must be 1 to 86400 seconds".to_string(),
        ));
    }
    Ok(n)
}

fn add_agent(ctx: &Ctx, p: &Params) -> Res<Reply> {
    if cs::count(ctx.conn, owner(ctx), Counted::Agents).db()? >= MAX_AGENTS {
        return Err(bad(format!(
            "the account has {MAX_AGENTS} custom agents, the most it may have: delete one first"
        )));
    }
    let name = p.required_valid("name", validate::name)?;
    unique_agent_name(ctx, name)?;
    let agent = CustomAgent {
        name: name.to_string(),
        kind: text_valid(p, "type")?.unwrap_or("custom").to_string(),
        job_polling_interval: polling_interval(p)?.unwrap_or(60),
        params: agent_params(p)?.unwrap_or_else(|| "{}".to_string()),
        ..Default::default()
    };
    changed(cs::insert_agent(ctx.conn, owner(ctx), &agent).db()?)
}

fn job_json(j: &CustomJob) -> Value {
    json!({
        "id": j.id, "type": j.kind, "interval": j.interval, "params": j.params,
        "monitorId": j.monitor_id, "name": j.name, "periodicity": j.periodicity,
        "activeFlag": u8::from(j.active),
    })
}

/// The fields of `addJob` and `editJob` onto `job`: PY, RUBY2 and MAPI send `type`,
/// `interval` (minutes) and `params`; JAVA `name`, `periodicity` and `params`.
fn edit_job(ctx: &Ctx, p: &Params, job: &mut CustomJob) -> Res<()> {
    job.kind = text_valid(p, "type")?.map_or(job.kind.clone(), str::to_string);
    job.name = text_valid(p, "name")?
        .map(str::to_string)
        .or(job.name.take());
    job.periodicity = text_valid(p, "periodicity")?
        .map(str::to_string)
        .or(job.periodicity.take());
    if let Some(minutes) = p.parsed::<u32>("interval", "a number of minutes")? {
        if !(1..=1440).contains(&minutes) {
            return Err(bad(
                "parameter interval must be 1 to 1440 minutes".to_string()
            ));
        }
        job.interval = Some(minutes);
    }
    if let Some(params) = p.get("params") {
        if params.len() > MAX_JSON_BYTES {
            return Err(bad(format!(
                "parameter params is longer than {MAX_JSON_BYTES} bytes"
            )));
        }
        job.params = params.to_string();
    }
    if let Some(id) = p.opt_id("monitorId")? {
        job.monitor_id = Some(load_monitor(ctx, id)?.id);
    }
    // Any number: JAVA's own example sends 100 for active.
    if let Some(active) = p.parsed::<i64>("activeFlag", "1 (active) or 0 (inactive)")? {
        job.active = active != 0;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_read_in_every_encoding_the_clients_send() {
        let plain = vec![
            vec!["position", "Position", "N/A", "2"],
            vec!["t", "T", "s", "4"],
        ];
        // PERL, plain.
        assert_eq!(entries("position:Position:N/A:2;t:T:s:4", 7), plain);
        // JAVA: each field encoded, then the whole list again (here as the form decoded it).
        assert_eq!(
            entries("position%3APosition%3AN%252FA%3A2%3Bt%3AT%3As%3A4", 7),
            plain
        );
        // Python's results: each pair encoded whole.
        assert_eq!(
            entries("foo%3A10;bar%3Aa%20b", 2),
            vec![vec!["foo", "10"], vec!["bar", "a b"]]
        );
        // MAPI: each field encoded; a trailing `;` (JAVA's sample) is no entry.
        assert_eq!(
            entries("x:%5B1%2C2%5D;", 2),
            vec![vec!["x".to_string(), "[1,2]".to_string()]]
        );
        // A value cut at the first colon keeps the others; an unencoded `%` stays.
        assert_eq!(
            entries("at:12:30;load:50%", 2),
            vec![vec!["at", "12:30"], vec!["load", "50%"]]
        );
    }

    #[test]
    fn result_params_need_four_fields_and_a_known_data_type() {
        let params =
            result_params("resultParams", "rt:Response:ms:2;ok:OK::1:false:[]:last").unwrap();
        assert_eq!(
            params[1],
            ResultParam {
                id: 2,
                name: "ok".to_string(),
                display_name: "OK".to_string(),
                uom: String::new(),
                data_type: DataType::Boolean,
                aggregation: Some(Aggregation::Last),
            }
        );
        assert_eq!(
            result_params("resultParams", "rt:Response:ms")
                .unwrap_err()
                .message,
            "parameter resultParams has an entry \"rt:Response:ms\" with fewer than 4 fields: \
             each entry is name:displayName:uom:dataType, separated by ;"
        );
        assert!(
            result_params("resultParams", "rt:R:ms:5")
                .unwrap_err()
                .message
                .contains(
                    "has dataType \"5\": use 1 (boolean), 2 (integer), 3 (string) or 4 (float)"
                )
        );
        assert!(
            result_params("resultParams", "a:A::2;a:B::2")
                .unwrap_err()
                .message
                .contains("names \"a\" twice")
        );
        let many = vec!["a:A::2"; MAX_LIST_ENTRIES + 1]
            .iter()
            .enumerate()
            .map(|(i, e)| format!("{i}{e}"))
            .collect::<Vec<_>>()
            .join(";");
        assert_eq!(
            result_params("resultParams", &many).unwrap_err().message,
            format!("parameter resultParams lists 51 entries: at most {MAX_LIST_ENTRIES}")
        );
    }

    #[test]
    fn monitor_params_check_their_value_and_hidden_flag() {
        let params = monitor_params("url:URL:monitis.com:3:true;steps:Steps:5:2").unwrap();
        assert_eq!((params[0].is_hidden, params[1].is_hidden), (true, false));
        assert_eq!(params[1].value, "5");
        assert!(
            monitor_params("steps:Steps:five:2:false")
                .unwrap_err()
                .message
                .contains("has a value of \"steps\" that must be a whole number, got \"five\"")
        );
        assert!(
            monitor_params("steps:Steps:5:2:maybe")
                .unwrap_err()
                .message
                .contains("isHidden \"maybe\"")
        );
    }

    #[test]
    fn results_are_typed_by_their_parameter() {
        let params = result_params("resultParams", "n:N::2;f:F::4;b:B::1;s:S::3").unwrap();
        let values = result_values("n:3;f:2.5;b:true;s:a%3Ab", &params, false).unwrap();
        assert_eq!(
            Value::Object(values),
            json!({ "n": 3, "f": 2.5, "b": true, "s": "a:b" })
        );
        let multi = result_values("n:%5B1%2C2%5D;s:x", &params, true).unwrap();
        assert_eq!(Value::Object(multi), json!({ "n": [1, 2], "s": ["x"] }));
        assert_eq!(
            result_values("n:x", &params, false).unwrap_err().message,
            "parameter results: the value of n must be a whole number, got \"x\""
        );
        assert_eq!(
            result_values("z:1", &params, false).unwrap_err().message,
            "parameter results names \"z\", which is not a result parameter of the monitor (n, f, b, s)"
        );
        assert!(result_values(";", &params, false).is_err());
    }

    #[test]
    fn report_buckets_count_in_local_time() {
        let hour = 60 * MINUTE_MS;
        // 2026-03-15 10:30 GMT, in a zone 4 hours east: the local day began at 20:00 GMT
        // the day before.
        let t = 1_773_570_600_000;
        assert_eq!(Bucket::Fixed(hour).start(t, 0), t - 30 * MINUTE_MS);
        assert_eq!(Bucket::Fixed(DAY_MS).start(t, 4 * hour), 1_773_518_400_000);
        // Months: 2026-03-01 00:00 GMT; by two months from January, 2026-03-01 again.
        assert_eq!(Bucket::Months(1).start(t, 0), 1_772_323_200_000);
        assert_eq!(Bucket::Months(2).start(t, 0), 1_772_323_200_000);
        assert_eq!(Bucket::Months(3).start(t, 0), 1_767_225_600_000);
    }

    #[test]
    fn numbers_sum_up_as_their_parameter_says() {
        let (a, b) = (json!(2), json!(6));
        let values = [&a, &b];
        assert_eq!(aggregate(&values, None, true), json!(4.0));
        assert_eq!(aggregate(&values, Some(Aggregation::Sum), true), json!(8.0));
        assert_eq!(aggregate(&values, Some(Aggregation::Min), true), json!(2.0));
        assert_eq!(aggregate(&values, Some(Aggregation::Max), true), json!(6.0));
        assert_eq!(aggregate(&values, Some(Aggregation::Last), true), json!(6));
        let (x, y) = (json!("x"), json!("y"));
        assert_eq!(aggregate(&[&x, &y], None, false), json!("y"));
    }
}
