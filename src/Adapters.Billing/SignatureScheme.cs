namespace ResumeExport.Adapters.Billing;

/// <summary>A provider's signature header and payload layout (<see cref="TimestampedHmacSignature"/>).</summary>
internal sealed record SignatureScheme(string Provider, char PairSeparator, string TimestampKey, string SignatureKey, char PayloadSeparator)
{
    /// <summary><c>Stripe-Signature: t=…,v1=…</c> over <c>t.body</c>.</summary>
    public static SignatureScheme Stripe { get; } = new("Stripe", ',', "t", "v1", '.');

    /// <summary><c>Paddle-Signature: ts=…;h1=…</c> over <c>ts:body</c>.</summary>
    public static SignatureScheme Paddle { get; } = new("Paddle", ';', "ts", "h1", ':');
}
