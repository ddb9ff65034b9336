using Microsoft.AspNetCore.Mvc;

namespace MovieRecommender.Web.Filters;

/// <summary>Marks an action or controller that cannot answer before the model is loaded.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequiresModelAttribute : TypeFilterAttribute
{
    public RequiresModelAttribute() : base(typeof(RequiresModelFilter))
    {
    }
}
