//! `monitis plan show`: a client's plan (R5) at a glance.

use clap::Subcommand;

use super::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::{self, Column, Output, Section};
use crate::protocol::model::{BillingCycle, Client, Order, Plan, UserInfo};

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// The plan of a client (--client), or one's own with client credentials: per
    /// service the total over active orders and what is used; each order; and the
    /// services across all packages
    #[command(after_help = "Examples:
  monitis plan show --client ann@example.com
  monitis plan show --client ann@example.com -o json --jq '.totals[] | select(.used > .quantity)'
  monitis plan show              # as a client: one's own plan")]
    Show,
}

pub async fn run(ctx: &Context, cmd: PlanCommand) -> Result<Outcome> {
    match cmd {
        PlanCommand::Show => show(ctx).await.map(Into::into),
    }
}

async fn show(ctx: &Context) -> Result<Output> {
    let client = match ctx.api().await?.user_info(true).await? {
        UserInfo::Client(client) => client,
        UserInfo::Reseller(_) => {
            return Err(Error::Usage(
                "plan show needs --client EMAIL|ID|APIKEY (a reseller has no plan of his own)"
                    .into(),
            ));
        }
    };
    let plan = client.plan.as_ref().ok_or_else(|| {
        Error::Other("userInfo: the API sent no plan although loadUserPlan=true".into())
    })?;
    view(&client, plan)
}

/// The human layout; the JSON is the plan as the API sends it.
fn view(client: &Client, plan: &Plan) -> Result<Output> {
    let usage = |name_key: &str| {
        vec![
            Column::headed("SERVICE", name_key),
            Column::field("code"),
            Column::field("quantity"),
            Column::field("used"),
            Column::bar("USAGE", "used", "quantity"),
        ]
    };
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
    for order in &plan.orders {
        sections.push(Section::Heading(order_heading(order)));
        sections.push(Section::Table {
            columns: output::columns(&["code", "quantity"]),
            rows: order
                .items
                .iter()
                .map(output::to_value)
                .collect::<Result<_>>()?,
        });
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
    use crate::protocol::model::{ServiceTotal, Status};

    #[test]
    fn usage_bars_only_on_a_terminal() {
        let client = Client {
            id: 1,
            account: "ann@example.com".into(),
            first_name: "Ann".into(),
            last_name: "Lee".into(),
            apikey: "K".into(),
            status: Status::Active,
            created_at: String::new(),
            plan: None,
            monitors: None,
        };
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
            output::write(&mut out, &view(&client, &plan).unwrap(), &settings).unwrap();
            String::from_utf8(out).unwrap()
        };
        let drawn = render(true);
        assert!(drawn.contains("USAGE"), "{drawn}");
        assert!(drawn.contains("███████░░░ 70%"), "{drawn}");
        assert!(drawn.contains("██████████ 150%"), "{drawn}");
        assert!(!render(false).contains('█'));
    }
}
