using Microsoft.AspNetCore.Mvc;

namespace MovieRecommender.Web.Filters;

/// <summary>Applies <see cref="AdminAccessFilter"/>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AdminAccessAttribute : TypeFilterAttribute
{
    public AdminAccessAttribute() : base(typeof(AdminAccessFilter))
    {
    }
}
