namespace SahelBot.Features.Common;

/// <summary>Embed accent colours, one per kind of fact, so a reader recognises a reply at a glance.</summary>
public static class Colors
{
    public const int Incidents = 0xC0392B;
    public const int Groups = 0x8E44AD;
    public const int Deployments = 0x2471A3;
    public const int Search = 0x148F77;
    public const int About = 0x7F8C8D;
    public const int Retracted = 0x4D5656;
}
