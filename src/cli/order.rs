//! `monitis order ...`: sell packages to a client and manage their lifetime (R8, R9).

use chrono::NaiveDate;
use clap::builder::PossibleValue;
use clap::{Args, Subcommand, ValueEnum};

use super::{Context, Outcome};
use crate::api::{self, NewOrder, OrderChange};
use crate::error::{Error, Result};
use crate::output::{self, Column, Output, Section};
use monitis_core::domain::rules;
use monitis_core::protocol::DATE_FORMAT;
use monitis_core::protocol::model::{
    BillingCycle, Item, Order, OrderStatus, OrderSuspension, ServiceKind,
};

#[derive(Debug, Subcommand)]
pub enum OrderCommand {
    /// Sell a package to a client (--client): services and quantities, billing, lifetime
    #[command(after_help = "Examples:
  monitis order add --client ann@example.com --service external=10 --service rum=5 --service rumPageviews=100000
  monitis order add --client ann@example.com --service external=5,sms=50 --managed --billing-cycle yearly
  monitis order add --client 42 --service rum=2,rumPageviews=50000 --end-date 2026-12-31 --grace-days 15

`monitis service list` shows the package service codes.")]
    Add(AddArgs),
    /// List orders: of one client (CLIENT or --client), else of every client
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  monitis order list ann@example.com
  monitis order list --status suspended --columns id,clientId,suspendedBy"
    )]
    List {
        #[command(flatten)]
        client: super::NamedClient,
        /// Only orders in this state (deleted orders are listed only this way)
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
    },
    /// Show an order with its services
    #[command(after_help = "Examples:
  monitis order show 7
  monitis order show 7 -o json --jq '.items'")]
    Show {
        /// The order's id
        #[arg(value_parser = super::parse_id, add = clap_complete::engine::ArgValueCompleter::new(super::candidates::orders))]
        id: i64,
    },
    /// Suspend an order; its monitors are suspended with it (R9)
    #[command(after_help = "Examples:\n  monitis order suspend 7")]
    Suspend {
        /// The order's id
        #[arg(value_parser = super::parse_id, add = clap_complete::engine::ArgValueCompleter::new(super::candidates::orders))]
        id: i64,
    },
    /// Activate an order again; its monitors come back, subject to the RUM quota (R6, R9)
    #[command(after_help = "Examples:\n  monitis order activate 7")]
    Activate {
        /// The order's id
        #[arg(value_parser = super::parse_id, add = clap_complete::engine::ArgValueCompleter::new(super::candidates::orders))]
        id: i64,
    },
    /// Delete an order; its monitors are suspended (asks first)
    #[command(after_help = "Examples:\n  monitis order delete 7\n  monitis order delete 7 --yes")]
    Delete {
        /// The order's id
        #[arg(value_parser = super::parse_id, add = clap_complete::engine::ArgValueCompleter::new(super::candidates::orders))]
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// A package service and its quantity; repeat the option or separate with commas
    #[arg(long = "service", value_name = "CODE=QTY", required = true, value_delimiter = ',', value_parser = ItemParser(ServiceKind::Package), hide_possible_values = true)]
    services: Vec<Item>,
    /// The order's name, as the client sees it [default: Order]
    #[arg(long)]
    name: Option<String>,
    /// Monitors of this order are managed by the provider: read-only for the client (R3)
    #[arg(long)]
    managed: bool,
    /// [default: monthly]
    #[arg(long, value_enum)]
    billing_cycle: Option<CycleArg>,
    /// First day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    start_date: Option<NaiveDate>,
    /// Last day, YYYY-MM-DD; after it and the grace period the order is suspended (R9)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    end_date: Option<NaiveDate>,
    /// Days the order stays active after its end date, 0 to 45 [default: 0]
    #[arg(long, value_name = "DAYS", requires = "end_date", value_parser = clap::value_parser!(u32).range(0..=45))]
    grace_days: Option<u32>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Active,
    Suspended,
    Deleted,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CycleArg {
    Monthly,
    Yearly,
}

/// The fields that say what an order is, first in both `order list` and `order show`;
/// each adds its dates after them.
const ORDER_SUMMARY: [&str; 7] = [
    "id",
    "clientId",
    "name",
    "status",
    "suspendedBy",
    "managed",
    "billingCycle",
];

pub(super) fn list_columns() -> Vec<Column> {
    output::columns(&[ORDER_SUMMARY.as_slice(), &["endDate"]].concat())
}

pub async fn run(ctx: &Context, cmd: OrderCommand) -> Result<Outcome> {
    let output = match cmd {
        OrderCommand::Add(args) => add(ctx, args).await?,
        OrderCommand::List { status, .. } => {
            let status = status.map(|s| match s {
                StatusArg::Active => OrderStatus::Active,
                StatusArg::Suspended => OrderStatus::Suspended,
                StatusArg::Deleted => OrderStatus::Deleted,
            });
            let orders = ctx.api().await?.orders(status).await?;
            Output::List {
                items: orders.iter().map(output::to_value).collect::<Result<_>>()?,
                columns: list_columns(),
            }
        }
        OrderCommand::Show { id } => view(&ctx.api().await?.order_info(id).await?)?,
        OrderCommand::Suspend { id } => change(ctx, id, OrderChange::Suspend).await?,
        OrderCommand::Activate { id } => change(ctx, id, OrderChange::Activate).await?,
        OrderCommand::Delete { id } => {
            ctx.confirm(&format!(
                "Delete order {id}? Its monitors are suspended and it cannot be activated again."
            ))?;
            change(ctx, id, OrderChange::Delete).await?
        }
    };
    Ok(output.into())
}

/// `CODE=QTY`, checked before anything is sent. Shells complete the codes of the catalog
/// the sandbox ships with, of one kind (package services for orders, one-time services
/// for `service buy`).
#[derive(Debug, Clone, Copy)]
pub(super) struct ItemParser(pub ServiceKind);

impl clap::builder::TypedValueParser for ItemParser {
    type Value = Item;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> std::result::Result<Item, clap::Error> {
        let text = value.to_string_lossy();
        parse_item(&text).map_err(|reason| {
            let name = arg.map_or_else(|| "CODE=QTY".to_string(), |a| a.to_string());
            clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!("invalid value for {name}: {reason}\n"),
            )
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let codes = rules::catalog()
            .into_iter()
            .filter(|s| s.kind == self.0)
            .map(|s| PossibleValue::new(format!("{}=", s.code)).help(s.name));
        Some(Box::new(codes))
    }
}

fn parse_item(text: &str) -> std::result::Result<Item, String> {
    let (code, quantity) = text
        .split_once('=')
        .ok_or_else(|| format!("{text:?} is not CODE=QTY (e.g. rum=5)"))?;
    let code = code.trim();
    if code.is_empty() {
        return Err(format!("{text:?} has no service code before '='"));
    }
    let quantity: u64 = quantity
        .trim()
        .parse()
        .map_err(|_| format!("the quantity of {code} must be a whole number, got {quantity:?}"))?;
    Ok(Item {
        code: code.to_string(),
        quantity,
    })
}

fn parse_date(text: &str) -> std::result::Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, DATE_FORMAT)
        .map_err(|_| format!("{text:?} is not a date YYYY-MM-DD"))
}

/// The name the API gives an order added without one (docs/protocol.md, `addOrder`).
const DEFAULT_ORDER_NAME: &str = "Order";

/// The same services and quantities, in any order.
fn same_items(a: &[Item], b: &[Item]) -> bool {
    let sorted = |items: &[Item]| {
        let mut items: Vec<(String, u64)> =
            items.iter().map(|i| (i.code.clone(), i.quantity)).collect();
        items.sort();
        items
    };
    sorted(a) == sorted(b)
}

async fn add(ctx: &Context, args: AddArgs) -> Result<Output> {
    for (i, item) in args.services.iter().enumerate() {
        if args.services[..i].iter().any(|o| o.code == item.code) {
            return Err(Error::Usage(format!(
                "service {} is given twice: give each service once with its total quantity",
                item.code
            )));
        }
    }
    if let (Some(start), Some(end)) = (args.start_date, args.end_date)
        && end < start
    {
        return Err(Error::Usage(format!(
            "--end-date {end} is before --start-date {start}"
        )));
    }
    super::client::require_client(ctx, "order add").await?;
    let date = |d: Option<NaiveDate>| d.map(|d| d.format(DATE_FORMAT).to_string());
    let (start, end) = (date(args.start_date), date(args.end_date));
    let api = ctx.api().await?;
    let new = NewOrder {
        items: &args.services,
        name: args.name.as_deref(),
        managed: args.managed,
        billing_cycle: args.billing_cycle.map(|c| match c {
            CycleArg::Monthly => BillingCycle::Monthly,
            CycleArg::Yearly => BillingCycle::Yearly,
        }),
        start_date: start.as_deref(),
        end_date: end.as_deref(),
        grace_days: args.grace_days,
    };
    // After a lost answer: a new order of the client with this name and these items.
    let name = new.name.unwrap_or(DEFAULT_ORDER_NAME);
    let id = api::add_record(
        || api.add_order(&new),
        || api.orders(None),
        |o: &Order| o.id,
        |o| o.name == name && same_items(&o.items, new.items),
    )
    .await?;
    let order = api.order_info(id).await?;
    if order.status != OrderStatus::Active {
        let why = match order.suspended_by {
            Some(OrderSuspension::Billing) => "the reseller's invoices are unpaid (R8)",
            Some(OrderSuspension::EndDate) => "its end date and grace period are past (R9)",
            _ => "the platform suspended it",
        };
        ctx.ui
            .warn(format_args!("order {id} was created suspended: {why}"));
    }
    view(&order)
}

async fn change(ctx: &Context, id: i64, change: OrderChange) -> Result<Output> {
    let api = ctx.api().await?;
    api.change_order(id, change).await?;
    view(&api.order_info(id).await?)
}

/// An order: its fields, then its services.
fn view(order: &Order) -> Result<Output> {
    let data = output::to_value(order)?;
    Ok(Output::Document {
        sections: vec![
            Section::Fields {
                item: data.clone(),
                fields: output::columns(
                    &[
                        ORDER_SUMMARY.as_slice(),
                        &["cycleStart", "startDate", "endDate", "gracePeriod"],
                    ]
                    .concat(),
                ),
            },
            Section::Heading("Services".into()),
            Section::Table {
                columns: output::columns(&["code", "quantity"]),
                rows: data["items"].as_array().cloned().unwrap_or_default(),
            },
        ],
        data,
    })
}
