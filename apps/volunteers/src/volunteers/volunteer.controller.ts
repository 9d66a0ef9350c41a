import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateVolunteerDto, ListVolunteersQuery, VolunteerPage, VolunteerView } from './volunteer.dto';
import { VolunteerService } from './volunteer.service';

@ApiTags('volunteers')
@Controller('volunteers')
export class VolunteerController {
  constructor(private readonly volunteers: VolunteerService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a volunteer profile' })
  @ApiCreatedResponse({ type: VolunteerView })
  async create(@Body() body: CreateVolunteerDto): Promise<VolunteerView> {
    return VolunteerView.of(await this.volunteers.create(body));
  }

  @Get()
  @ApiOperation({ summary: 'List volunteers, newest first' })
  @ApiOkResponse({ type: VolunteerPage })
  async list(@Query() query: ListVolunteersQuery): Promise<VolunteerPage> {
    const page = await this.volunteers.list(query);
    return { items: page.items.map((v) => VolunteerView.of(v)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One volunteer profile' })
  @ApiOkResponse({ type: VolunteerView })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<VolunteerView> {
    return VolunteerView.of(await this.volunteers.get(id));
  }
}
