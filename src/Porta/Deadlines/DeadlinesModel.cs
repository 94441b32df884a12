using Microsoft.EntityFrameworkCore;
using Porta.Administration;
using Porta.Questions;

namespace Porta.Deadlines;

/// <summary>The tables of the deadlines module, kept beside it so the shared model stays short.</summary>
internal static class DeadlinesModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<SlaPolicyEntry>(e =>
        {
            e.ToTable("SlaPolicies");
            e.HasIndex(p => new { p.OrganisationId, p.Measure });
            e.Property(p => p.Measure).HasConversion<string>().HasMaxLength(24);
            e.Property(p => p.Unit).HasConversion<string>().HasMaxLength(24);
            e.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
            e.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<DeadlineReminder>(e =>
        {
            e.HasIndex(r => new { r.QuestionId, r.Threshold, r.DueAt }).IsUnique();
            e.Property(r => r.Threshold).HasConversion<string>().HasMaxLength(16);
            e.HasOne<Question>().WithMany().HasForeignKey(r => r.QuestionId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
