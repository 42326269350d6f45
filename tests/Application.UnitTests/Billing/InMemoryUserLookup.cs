using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Billing;

internal delegate User InMemoryUserLookup(Guid userId);
