namespace Porta.Components.Portal;

/// <summary>A form's errors by field id, in the order they were found (the order of the form), with the ARIA
/// attributes that tie each message to its field.</summary>
internal sealed class FormErrors : Dictionary<string, string>
{
    public FormErrors()
        : base(StringComparer.Ordinal)
    {
    }

    public string? Invalid(string field) => ContainsKey(field) ? "true" : null;

    /// <summary>The field's hint and error message ids, or null when it has neither.</summary>
    public string? DescribedBy(string field, string? hint = null)
    {
        var ids = new[] { hint, ContainsKey(field) ? field + "-error" : null }.Where(id => id is not null);
        var joined = string.Join(' ', ids);
        return joined.Length == 0 ? null : joined;
    }

    public string FieldClass(string field) => ContainsKey(field) ? "utrecht-form-field utrecht-form-field--invalid" : "utrecht-form-field";
}
