using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>A locked user and their subscription whose pending plan change is due.</summary>
public sealed record DuePlanChange(User User, Subscription Subscription);
