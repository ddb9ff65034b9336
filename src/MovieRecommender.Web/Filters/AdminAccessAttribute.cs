using Microsoft.AspNetCore.Mvc;

namespace MovieRecommender.Web.Filters;

/// <summary>Applies <see cref="AdminAccessFilter"/>; headerOnly refuses the cookie (for the admin API).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AdminAccessAttribute : TypeFilterAttribute
{
    public AdminAccessAttribute(bool headerOnly = false) : base(typeof(AdminAccessFilter))
    {
        HeaderOnly = headerOnly;
        Arguments = [headerOnly];
    }

    public bool HeaderOnly { get; }
}
