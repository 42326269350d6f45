using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Billing.Common;

/// <summary>A locked user and their subscription whose pending plan change is due.</summary>
public sealed record DuePlanChange(User User, Subscription Subscription);
