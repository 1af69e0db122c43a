//! `monitis plan show`: a client's plan (R5) at a glance.

use clap::Subcommand;

use super::{Context, Outcome};
use serde_json::{Value, json};

use crate::api::MonitorFilter;
use crate::error::{Error, Result};
use crate::output::{self, Column, Output, Section};
use monitis_core::domain::rules;
use monitis_core::protocol::model::{
    BillingCycle, Client, Monitor, Order, Plan, SuspendedReason, UserInfo,
};

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// The plan of a client (--client), or one's own with client credentials: per
    /// service the total over active orders and what is used; each order; and the
    /// services across all packages
    #[command(after_help = "Examples:
  monitis plan show ann@example.com
  monitis plan show --client ann@example.com -o json --jq '.totals[] | select(.used > .quantity)'
  monitis plan show              # as a client: one's own plan")]
    Show(super::NamedClient),
}

pub async fn run(ctx: &Context, cmd: PlanCommand) -> Result<Outcome> {
    match cmd {
        PlanCommand::Show(_) => show(ctx).await.map(Into::into),
    }
}

async fn show(ctx: &Context) -> Result<Output> {
    let client = match ctx.api().await?.user_info(true).await? {
        UserInfo::Client(client) => client,
        UserInfo::Reseller(_) => {
            return Err(Error::Usage(
                "plan show needs a client: plan show EMAIL|ID|APIKEY, or --client (a reseller has no plan of his own)"
                    .into(),
            ));
        }
    };
    let plan = client.plan.as_ref().ok_or_else(|| {
        Error::failed("userInfo: the API sent no plan although loadUserPlan=true")
    })?;
    let monitors = ctx.api().await?.monitors(&MonitorFilter::default()).await?;
    view(&client, plan, &monitors)
}

/// The human layout; the JSON is the plan as the API sends it. Each order shows what its
/// monitors use of it: a total over all orders has room while one order is over its
/// pageview quota and its RUM monitors are suspended.
fn view(client: &Client, plan: &Plan, monitors: &[Monitor]) -> Result<Output> {
    let usage = |name_key: &str| {
        output::ranked(
            vec![
                Column::headed("SERVICE", name_key),
                Column::field("code"),
                Column::field("quantity"),
                Column::field("used"),
                Column::bar("USAGE", "used", "quantity"),
            ],
            &["SERVICE"],
        )
    };
    let orders: Vec<OrderUsage> = plan
        .orders
        .iter()
        .map(|order| OrderUsage::of(order, monitors))
        .collect();
    let over: Vec<String> = orders
        .iter()
        .filter(|o| o.over_quota())
        .map(|o| {
            format!(
                "order {} ({} RUM monitor(s) suspended)",
                o.order.id, o.suspended
            )
        })
        .collect();
    let mut sections = vec![
        Section::Heading(format!(
            "Plan of {} ({} {}): {} active order(s)",
            client.account,
            client.first_name,
            client.last_name,
            plan.orders.len()
        )),
        Section::Table {
            columns: usage("name"),
            rows: plan
                .totals
                .iter()
                .map(output::to_value)
                .collect::<Result<_>>()?,
        },
    ];
    if !over.is_empty() {
        sections.push(Section::Text(format!(
            "Over its pageview quota: {}. Each order's quota is its own: the total adds them up.",
            over.join(", ")
        )));
    }
    for order in &orders {
        let mut heading = order_heading(order.order);
        if order.over_quota() {
            heading.push_str(" -- OVER ITS PAGEVIEW QUOTA");
        }
        sections.push(Section::Heading(heading));
        sections.push(Section::Table {
            columns: usage("name"),
            rows: order.rows(),
        });
        if order.over_quota() {
            sections.push(Section::Text(format!(
                "{} of {} pageviews used: R6 suspended its {} RUM monitor(s) until the next cycle or more rumPageviews; `monitis rum rebalance --client {}` finds them room in another order.",
                order.pageviews.1, order.pageviews.0, order.suspended, client.account
            )));
        }
        if !order.held.is_empty() {
            let ids: Vec<String> = order.held.iter().map(i64::to_string).collect();
            sections.push(Section::Text(format!(
                "Suspended by the reseller: monitor(s) {}; they stay suspended, whatever the rules say, until the reseller activates them.",
                ids.join(", ")
            )));
        }
    }
    sections.push(Section::Heading("Services Across All Packages".into()));
    sections.push(Section::Table {
        columns: usage("name"),
        rows: plan
            .services_across_all_packages
            .iter()
            .map(output::to_value)
            .collect::<Result<_>>()?,
    });
    if !plan.inactive_features.is_empty() {
        sections.push(Section::Text(format!(
            "\nInactive (not in the plan): {}",
            plan.inactive_features.join(", ")
        )));
    }
    Ok(Output::Document {
        data: output::to_value(plan)?,
        sections,
    })
}

/// What one order's monitors use of it.
struct OrderUsage<'a> {
    order: &'a Order,
    monitors: Vec<&'a Monitor>,
    /// (ordered, used) pageviews.
    pageviews: (u64, u64),
    /// RUM monitors suspended for pageviews (R6).
    suspended: usize,
    /// The monitors the reseller suspended himself (docs/rules.md).
    held: Vec<i64>,
}

impl<'a> OrderUsage<'a> {
    fn of(order: &'a Order, all: &'a [Monitor]) -> OrderUsage<'a> {
        let monitors: Vec<&Monitor> = all.iter().filter(|m| m.order_id == order.id).collect();
        let used = rules::service_used("rumPageviews", monitors.iter().copied());
        OrderUsage {
            order,
            pageviews: (order.quantity("rumPageviews"), used),
            suspended: monitors
                .iter()
                .filter(|m| m.suspended_reason == Some(SuspendedReason::Pageviews))
                .count(),
            held: monitors
                .iter()
                .filter(|m| m.suspended_reason == Some(SuspendedReason::Reseller))
                .map(|m| m.id)
                .collect(),
            monitors,
        }
    }

    fn over_quota(&self) -> bool {
        rules::rum_quota(self.pageviews.0, self.pageviews.1) == rules::Quota::Suspend
    }

    /// Each item with the service's name and what is used of it.
    fn rows(&self) -> Vec<Value> {
        self.order
            .items
            .iter()
            .map(|item| {
                json!({
                    "code": item.code,
                    "name": rules::service(&item.code).map_or_else(|_| item.code.clone(), |s| s.name),
                    "quantity": item.quantity,
                    "used": rules::service_used(&item.code, self.monitors.iter().copied()),
                })
            })
            .collect()
    }
}

/// `Order 7 "Starter": monthly, managed, ends 2026-12-31 (+15 days)`.
fn order_heading(order: &Order) -> String {
    let mut parts = vec![match order.billing_cycle {
        BillingCycle::Monthly => "monthly".to_string(),
        BillingCycle::Yearly => "yearly".to_string(),
    }];
    if order.managed {
        parts.push("managed by provider".into());
    }
    if let Some(end) = &order.end_date {
        parts.push(format!("ends {end} (+{} days grace)", order.grace_period));
    }
    format!("Order {} {:?}: {}", order.id, order.name, parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{Format, Settings};
    use monitis_core::protocol::model::{ServiceTotal, Status};

    fn ann() -> Client {
        Client {
            id: 1,
            account: "ann@example.com".into(),
            first_name: "Ann".into(),
            last_name: "Lee".into(),
            apikey: "K".into(),
            status: Status::Active,
            created_at: String::new(),
            plan: None,
            monitors: None,
        }
    }

    #[test]
    fn usage_bars_only_on_a_terminal() {
        let client = ann();
        let total = |code: &str, quantity, used| ServiceTotal {
            code: code.into(),
            name: code.into(),
            quantity,
            used,
        };
        let plan = Plan {
            role_name: "client".into(),
            basket_items: Vec::new(),
            totals: vec![total("external", 10, 7), total("rumPageviews", 100, 150)],
            orders: Vec::new(),
            services_across_all_packages: Vec::new(),
            inactive_features: Vec::new(),
        };
        let render = |terminal: bool| {
            let settings = Settings::fixed(Format::Table, terminal, None);
            let mut out = Vec::new();
            output::write(&mut out, &view(&client, &plan, &[]).unwrap(), &settings).unwrap();
            String::from_utf8(out).unwrap()
        };
        let drawn = render(true);
        assert!(drawn.contains("USAGE"), "{drawn}");
        assert!(drawn.contains("███████░░░ 70%"), "{drawn}");
        assert!(drawn.contains("██████████ 150%"), "{drawn}");
        assert!(!render(false).contains('█'));
    }

    #[test]
    fn monitors_suspended_by_the_reseller_are_named_under_their_order() {
        use monitis_core::protocol::model::fixtures::{monitor, order};
        use monitis_core::protocol::model::{MonitorType, OrderStatus};
        let client = ann();
        let plan = Plan {
            role_name: "client".into(),
            basket_items: Vec::new(),
            totals: Vec::new(),
            orders: vec![order(7, 1, OrderStatus::Active, &[("external", 3)])],
            services_across_all_packages: Vec::new(),
            inactive_features: Vec::new(),
        };
        let held = |id| Monitor {
            status: Status::Suspended,
            suspended_reason: Some(SuspendedReason::Reseller),
            ..monitor(id, 1, 7, MonitorType::External, 0)
        };
        let monitors = [held(4), monitor(5, 1, 7, MonitorType::External, 0), held(6)];
        let render = |monitors: &[Monitor]| {
            let settings = Settings::fixed(Format::Table, false, None);
            let mut out = Vec::new();
            output::write(
                &mut out,
                &view(&client, &plan, monitors).unwrap(),
                &settings,
            )
            .unwrap();
            String::from_utf8(out).unwrap()
        };
        let text = render(&monitors);
        assert!(
            text.contains("Suspended by the reseller: monitor(s) 4, 6;"),
            "{text}"
        );
        let none = render(&monitors[1..2]);
        assert!(!none.contains("Suspended by the reseller"), "{none}");
    }
}
