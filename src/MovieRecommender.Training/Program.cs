using MovieRecommender.Training;
using Spectre.Console;

return await TrainerApp.Create(AnsiConsole.Console).RunAsync(args);
