using System.Net;
using System.Net.Http.Headers;
using Porta.Questions;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Questions;

/// <summary>Scans of letters and faxes join the question; hostile names and types do not get through.</summary>
public sealed class AttachmentTests(TestApps apps)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n% a scanned letter\n"u8.ToArray();

    internal static MultipartFormDataContent Upload(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<string> LetterAsync(TestOrganisation org) =>
        (await (await org.Agent.PostJson("/api/v1/questions", new
        {
            channel = "letter",
            name = "Lotte Muster",
            email = TestOrganisation.UniqueEmail(),
            language = "de",
            subject = "Brief",
            body = "Siehe Scan",
            receivedAt = DateTimeOffset.UtcNow.AddDays(-1),
        })).Expect(HttpStatusCode.Created))["registrationNumber"]!.GetValue<string>();

    [Theory, BothDatabases]
    public async Task A_scan_joins_the_letter_and_downloads_as_an_attachment(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var number = await LetterAsync(org);

        var added = await (await org.Agent.PostAsync($"/api/v1/questions/{number}/attachments", Upload(Pdf, @"..\..\Windows\scan.pdf", "application/pdf"), TestContext.Current.CancellationToken))
            .Expect(HttpStatusCode.Created);
        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        var download = await org.Agent.GetAsync($"/api/v1/questions/{number}/attachments/{added["id"]}", TestContext.Current.CancellationToken);

        Assert.Equal("scan.pdf", added["fileName"]!.GetValue<string>());
        Assert.Equal("scan.pdf", file["messages"]![0]!["attachments"]![0]!["fileName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains(file["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "attachmentAdded");
    }

    [Theory, BothDatabases]
    public async Task Refuses_scripts_empty_files_and_files_over_the_limit(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var number = await LetterAsync(org);

        var html = await org.Agent.PostAsync($"/api/v1/questions/{number}/attachments", Upload("<script>alert(1)</script>"u8.ToArray(), "x.html", "text/html"), TestContext.Current.CancellationToken);
        var empty = await org.Agent.PostAsync($"/api/v1/questions/{number}/attachments", Upload([], "empty.pdf", "application/pdf"), TestContext.Current.CancellationToken);
        var huge = await org.Agent.PostAsync($"/api/v1/questions/{number}/attachments", Upload(new byte[11 * 1024 * 1024], "huge.pdf", "application/pdf"), TestContext.Current.CancellationToken);

        Assert.NotNull((await html.Expect(HttpStatusCode.BadRequest))["errors"]!["file"]);
        Assert.NotNull((await empty.Expect(HttpStatusCode.BadRequest))["errors"]!["file"]);
        await huge.Expect(HttpStatusCode.RequestEntityTooLarge);
        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Empty(file["messages"]![0]!["attachments"]!.AsArray());
    }

    [Theory, BothDatabases]
    public async Task Another_organisation_can_neither_add_nor_download(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var intruder = await TestOrganisation.CreateAsync(apps[db]);
        var number = await LetterAsync(org);
        var added = await (await org.Agent.PostAsync($"/api/v1/questions/{number}/attachments", Upload(Pdf, "scan.pdf", "application/pdf"), TestContext.Current.CancellationToken))
            .Expect(HttpStatusCode.Created);

        var download = await intruder.Agent.GetAsync($"/api/v1/questions/{number}/attachments/{added["id"]}", TestContext.Current.CancellationToken);
        var upload = await intruder.Agent.PostAsync($"/api/v1/questions/{number}/attachments", Upload(Pdf, "planted.pdf", "application/pdf"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        Assert.Single((await org.Agent.GetJson($"/api/v1/questions/{number}"))["messages"]![0]!["attachments"]!.AsArray());
    }

    [Theory]
    [InlineData(@"..\..\scan.pdf", "scan.pdf")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("C:\\Users\\x\\brief.pdf", "brief.pdf")]
    [InlineData("..", "attachment")]
    [InlineData(".htaccess", "htaccess")]
    [InlineData("a\r\nb<script>.pdf", "abscript.pdf")]
    [InlineData("", "attachment")]
    public void File_names_lose_their_paths_and_control_characters(string given, string expected) =>
        Assert.Equal(expected, AddAttachment.SafeFileName(given));
}
